"""Intervention letter requests, their dated workflow and evidence attachments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import CODE_LEN, NAME_LEN, Base, Entity, uuid_fk


class LetterRequest(Entity):
    __tablename__ = "letter_request"

    group_id: Mapped[str] = uuid_fk("ssc_group.id")
    title: Mapped[str] = mapped_column(String(NAME_LEN * 2))
    addressee_name: Mapped[str] = mapped_column(String(NAME_LEN), default="")
    addressee_type: Mapped[str] = mapped_column(String(CODE_LEN), default="government")
    addressee_country: Mapped[str | None] = mapped_column(String(2))
    species_scientific: Mapped[str] = mapped_column(String(NAME_LEN), default="")
    species_common: Mapped[str] = mapped_column(String(NAME_LEN), default="")
    red_list_category: Mapped[str | None] = mapped_column(String(8))
    threat: Mapped[str] = mapped_column(Text, default="")
    action_requested: Mapped[str] = mapped_column(Text, default="")
    evidence_summary: Mapped[str] = mapped_column(Text, default="")
    key_facts: Mapped[str] = mapped_column(Text, default="")
    stakeholders: Mapped[str] = mapped_column(Text, default="")
    requested_by_id: Mapped[str | None] = uuid_fk("person.id", nullable=True)
    alert_raised_by_id: Mapped[str | None] = uuid_fk("person.id", nullable=True)
    urgency: Mapped[str] = mapped_column(String(CODE_LEN), default="normal")
    # Comma-separated codes (ssc_chair, co_signature, director_general).
    signatories: Mapped[str] = mapped_column(String(NAME_LEN), default="ssc_chair")
    co_signatory: Mapped[str] = mapped_column(String(NAME_LEN), default="")
    state: Mapped[str] = mapped_column(String(CODE_LEN), default="draft", index=True)
    requested_on: Mapped[date] = mapped_column(Date)
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    response_received_on: Mapped[date | None] = mapped_column(Date)
    response_summary: Mapped[str] = mapped_column(Text, default="")
    dialogue_opened: Mapped[str | None] = mapped_column(String(8))  # yes | no | partly
    impact: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    def audit_subject(self) -> str | None:
        return self.id


class LetterTransition(Entity):
    __tablename__ = "letter_transition"

    letter_id: Mapped[str] = uuid_fk("letter_request.id", ondelete="CASCADE")
    from_state: Mapped[str | None] = mapped_column(String(CODE_LEN))
    to_state: Mapped[str] = mapped_column(String(CODE_LEN))
    on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    def audit_subject(self) -> str | None:
        return self.letter_id


class LetterAttachment(Entity):
    """An evidence file copied into the managed folder, named by its SHA-256."""

    __tablename__ = "letter_attachment"

    letter_id: Mapped[str] = uuid_fk("letter_request.id", ondelete="CASCADE")
    filename: Mapped[str] = mapped_column(String(NAME_LEN * 2))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(NAME_LEN), default="")

    def audit_subject(self) -> str | None:
        return self.letter_id


class AttachmentBlob(Base):
    """The bytes of an evidence file, for a database on a server (a file database keeps
    them in the folder beside it). Not audited: the attachment row is."""

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
