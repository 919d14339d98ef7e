"""Every table of the store. Import from here so all mappers are configured together."""

from .audit import AuditEntry, ChangeBatch, Setting
from .base import Base, Entity, new_id, utc_now
from .exchange import SavedLayout
from .letters import AttachmentBlob, LetterAttachment, LetterRequest, LetterTransition
from .lifecycle import DocumentAcknowledgement, EmailTemplate, Invitation, Reminder
from .roster import Group, Membership, MembershipRole, MembershipTransition, Person, Quadrennium
from .targets import KeySpeciesResult, Target, TargetUpdate

__all__ = [
    "AttachmentBlob", "AuditEntry", "Base", "ChangeBatch", "DocumentAcknowledgement",
    "EmailTemplate", "Entity",
    "Group", "Invitation", "KeySpeciesResult", "LetterAttachment", "LetterRequest",
    "LetterTransition", "Membership", "MembershipRole", "MembershipTransition", "Person",
    "Quadrennium", "Reminder", "SavedLayout", "Setting", "Target", "TargetUpdate",
    "new_id", "utc_now",
]
