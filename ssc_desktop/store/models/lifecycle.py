"""Invitations, reminders, onboarding acknowledgements and e-mail templates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import CODE_LEN, NAME_LEN, Entity, uuid_fk


class Invitation(Entity):
    __tablename__ = "invitation"

    membership_id: Mapped[str] = uuid_fk("membership.id", ondelete="CASCADE")
    person_id: Mapped[str] = uuid_fk("person.id")
    sent_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(CODE_LEN))  # commission_system | email
    sent_by: Mapped[str] = mapped_column(String(NAME_LEN), default="")
    deadline_on: Mapped[date] = mapped_column(Date)
    response: Mapped[str | None] = mapped_column(String(CODE_LEN))  # accepted | declined
    responded_on: Mapped[date | None] = mapped_column(Date)
    is_renewal: Mapped[bool] = mapped_column(default=False)

    def audit_subject(self) -> str | None:
        return self.person_id


class Reminder(Entity):
    __tablename__ = "reminder"

    invitation_id: Mapped[str] = uuid_fk("invitation.id", ondelete="CASCADE")
    person_id: Mapped[str] = uuid_fk("person.id")
    sent_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(CODE_LEN), default="email")

    def audit_subject(self) -> str | None:
        return self.person_id


class DocumentAcknowledgement(Entity):
    """The date a person confirmed reading one of the checklist's documents."""

    __tablename__ = "document_acknowledgement"
    __table_args__ = (UniqueConstraint("person_id", "document_number"),)

    person_id: Mapped[str] = uuid_fk("person.id")
    document_number: Mapped[int] = mapped_column(Integer)
    acknowledged_on: Mapped[date] = mapped_column(Date)

    def audit_subject(self) -> str | None:
        return self.person_id


class EmailTemplate(Entity):
    __tablename__ = "email_template"
    __table_args__ = (UniqueConstraint("kind", "language"),)

    kind: Mapped[str] = mapped_column(String(CODE_LEN))
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
