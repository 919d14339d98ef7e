"""The managed attachment folder, over real files: hash, missing, modified, limits, orphans."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from ssc_desktop.store.attachments import (
    MAX_BYTES,
    MISSING,
    MODIFIED,
    OK,
    AttachmentRefused,
    AttachmentStore,
)


@pytest.fixture
def store(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore.beside(tmp_path / "ssc.sqlite")


def evidence(tmp_path: Path, name: str = "survey.pdf", data: bytes = b"%PDF-1.4 otters") -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def test_the_folder_sits_beside_the_database(tmp_path: Path) -> None:
    assert AttachmentStore.beside(tmp_path / "otters.sqlite").folder == (
        tmp_path / "otters-attachments")


def test_a_file_is_stored_under_its_sha256(tmp_path: Path, store: AttachmentStore) -> None:
    data = "Загрязнение реки — données".encode()
    stored = store.add(evidence(tmp_path, "río.pdf", data))
    expected = hashlib.sha256(data).hexdigest()
    assert stored.sha256 == expected
    assert stored.size_bytes == len(data)
    assert stored.filename == "río.pdf"
    assert stored.media_type == "application/pdf"
    assert store.path_of(expected).read_bytes() == data
    assert store.verify(expected, len(data)) == OK
    assert store.stored() == {expected}
    assert not list(store.folder.glob(".incoming-*"))


def test_the_same_content_is_stored_once(tmp_path: Path, store: AttachmentStore) -> None:
    first = store.add(evidence(tmp_path, "a.pdf"))
    second = store.add(evidence(tmp_path, "copy of a.pdf"))
    assert first.sha256 == second.sha256
    assert len(store.stored()) == 1


def test_a_missing_copy_is_reported(tmp_path: Path, store: AttachmentStore) -> None:
    stored = store.add(evidence(tmp_path))
    store.path_of(stored.sha256).unlink()
    assert store.verify(stored.sha256, stored.size_bytes) == MISSING


def test_a_modified_copy_is_reported_even_at_the_same_size(tmp_path: Path,
                                                           store: AttachmentStore) -> None:
    stored = store.add(evidence(tmp_path, data=b"abcdef"))
    store.path_of(stored.sha256).write_bytes(b"abcdeX")
    assert store.verify(stored.sha256, stored.size_bytes) == MODIFIED
    store.path_of(stored.sha256).write_bytes(b"abc")
    assert store.verify(stored.sha256, stored.size_bytes) == MODIFIED


def test_adding_the_original_again_repairs_a_modified_copy(tmp_path: Path,
                                                           store: AttachmentStore) -> None:
    source = evidence(tmp_path, data=b"abcdef")
    stored = store.add(source)
    store.path_of(stored.sha256).write_bytes(b"tampered")
    store.add(source)
    assert store.verify(stored.sha256, stored.size_bytes) == OK


def test_a_file_over_the_limit_is_refused_and_nothing_is_stored(tmp_path: Path,
                                                                store: AttachmentStore) -> None:
    big = tmp_path / "drone-footage.mov"
    with open(big, "wb") as handle:  # sparse: the size is real, the disk is not used
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(AttachmentRefused) as refused:
        store.add(big)
    assert str(refused.value).startswith("drone-footage.mov is 50.0 MB, larger than the "
                                         "50.0 MB limit for an attachment")
    assert store.stored() == set()


def test_a_file_exactly_at_a_small_limit_is_accepted(tmp_path: Path) -> None:
    small = AttachmentStore.beside(tmp_path / "x.sqlite", max_bytes=6)
    assert small.add(evidence(tmp_path, data=b"123456")).size_bytes == 6
    with pytest.raises(AttachmentRefused, match="larger than"):
        small.add(evidence(tmp_path, "b.pdf", data=b"1234567"))


def test_an_empty_file_is_refused(tmp_path: Path, store: AttachmentStore) -> None:
    with pytest.raises(AttachmentRefused, match="empty.pdf is empty"):
        store.add(evidence(tmp_path, "empty.pdf", b""))
    assert store.stored() == set()
    assert not list(store.folder.glob(".incoming-*"))


def test_a_missing_source_or_a_folder_is_refused(tmp_path: Path,
                                                 store: AttachmentStore) -> None:
    with pytest.raises(AttachmentRefused, match="cannot be found"):
        store.add(tmp_path / "nowhere.pdf")
    (tmp_path / "photos").mkdir()
    with pytest.raises(AttachmentRefused, match="photos is a folder"):
        store.add(tmp_path / "photos")
    assert store.stored() == set()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs /proc")
def test_a_file_whose_bytes_cannot_be_read_is_refused(tmp_path: Path,
                                                      store: AttachmentStore) -> None:
    # /proc/self/mem exists and opens but fails on read (EIO at address 0): a real
    # read error, whoever runs the tests (chmod cannot stop root from reading).
    link = tmp_path / "report.pdf"
    link.symlink_to("/proc/self/mem")
    with pytest.raises(AttachmentRefused, match="report.pdf cannot be read"):
        store.add(link)
    assert store.stored() == set()
    assert not list(store.folder.glob(".incoming-*"))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files whatever their permissions")
def test_a_file_without_read_permission_is_refused(tmp_path: Path,
                                                   store: AttachmentStore) -> None:
    locked = evidence(tmp_path, "locked.pdf")
    locked.chmod(0)
    try:
        with pytest.raises(AttachmentRefused, match="locked.pdf cannot be read"):
            store.add(locked)
    finally:
        locked.chmod(0o600)
    assert store.stored() == set()


def test_unreferenced_files_are_removed_and_referenced_ones_kept(tmp_path: Path,
                                                                 store: AttachmentStore) -> None:
    kept = store.add(evidence(tmp_path, "kept.pdf", b"kept"))
    gone = store.add(evidence(tmp_path, "gone.pdf", b"gone"))
    assert store.remove_unreferenced({kept.sha256}) == [gone.sha256]
    assert store.stored() == {kept.sha256}
    assert not store.path_of(gone.sha256).parent.exists() or (
        store.path_of(gone.sha256).parent == store.path_of(kept.sha256).parent)


def test_copy_out_gives_the_original_name(tmp_path: Path, store: AttachmentStore) -> None:
    stored = store.add(evidence(tmp_path, "Mapa del río.png", b"\x89PNG"))
    copy = store.copy_out(stored.sha256, stored.filename, tmp_path / "view")
    assert copy.name == "Mapa del río.png"
    assert copy.read_bytes() == b"\x89PNG"
