"""Groups, quadrennia, people, memberships and their roles: the roster tables."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import CODE_LEN, EMAIL_LEN, NAME_LEN, Entity, uuid_fk


class Quadrennium(Entity):
    """One term of the SSC, from one World Conservation Congress to the next."""

    __tablename__ = "quadrennium"

    code: Mapped[str] = mapped_column(String(9), unique=True)  # "2021-2025"
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    congress: Mapped[str] = mapped_column(String(NAME_LEN), default="")


class Group(Entity):
    __tablename__ = "ssc_group"

    name: Mapped[str] = mapped_column(String(NAME_LEN))
    short_code: Mapped[str] = mapped_column(String(CODE_LEN), unique=True)
    group_type: Mapped[str] = mapped_column(String(CODE_LEN))
    taxonomic_set: Mapped[str | None] = mapped_column(String(CODE_LEN))
    mandate_ends_on: Mapped[date | None] = mapped_column(Date)  # task forces only
    notes: Mapped[str] = mapped_column(Text, default="")


class Person(Entity):
    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_email", "email"),
        Index("ix_person_iucn_username", "iucn_username"),
    )

    given_names: Mapped[str] = mapped_column(String(NAME_LEN))
    family_name: Mapped[str] = mapped_column(String(NAME_LEN))
    name_as_written: Mapped[str] = mapped_column(String(NAME_LEN), default="")
    email: Mapped[str | None] = mapped_column(String(EMAIL_LEN))
    alternate_email: Mapped[str | None] = mapped_column(String(EMAIL_LEN))
    organisation: Mapped[str] = mapped_column(String(NAME_LEN * 2), default="")
    position: Mapped[str] = mapped_column(String(NAME_LEN), default="")
    country_code: Mapped[str | None] = mapped_column(String(2))
    region_override: Mapped[str | None] = mapped_column(String(CODE_LEN))
    nationality: Mapped[str | None] = mapped_column(String(2))
    gender: Mapped[str | None] = mapped_column(String(CODE_LEN))
    age_band: Mapped[str | None] = mapped_column(String(CODE_LEN))
    expertise: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(String(NAME_LEN), default="")
    iucn_username: Mapped[str | None] = mapped_column(String(NAME_LEN))
    notes: Mapped[str] = mapped_column(Text, default="")
    code_of_conduct_accepted_on: Mapped[date | None] = mapped_column(Date)
    conflict_of_interest_declared_on: Mapped[date | None] = mapped_column(Date)
    engages_in_cites: Mapped[bool] = mapped_column(Boolean, default=False)
    committee_member: Mapped[bool] = mapped_column(Boolean, default=False)

    memberships: Mapped[list[Membership]] = relationship(back_populates="person")

    def audit_subject(self) -> str | None:
        return self.id


# An import matches people by these keys whatever their case (revision 0010).
Index("ix_person_lower_email", func.lower(Person.email))
Index("ix_person_lower_alternate_email", func.lower(Person.alternate_email))
Index("ix_person_lower_iucn_username", func.lower(Person.iucn_username))


class Membership(Entity):
    """A person in a group for one quadrennium."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("person_id", "group_id", "quadrennium_id"),)

    person_id: Mapped[str] = uuid_fk("person.id")
    group_id: Mapped[str] = uuid_fk("ssc_group.id")
    quadrennium_id: Mapped[str] = uuid_fk("quadrennium.id")
    status: Mapped[str] = mapped_column(String(CODE_LEN), index=True)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(CODE_LEN))
    proposed_by: Mapped[str] = mapped_column(String(NAME_LEN), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="memberships")
    roles: Mapped[list[MembershipRole]] = relationship(
        back_populates="membership", cascade="all, delete-orphan"
    )

    def audit_subject(self) -> str | None:
        return self.person_id


class MembershipRole(Entity):
    """A dated role held within a membership (several per membership)."""

    __tablename__ = "membership_role"

    membership_id: Mapped[str] = uuid_fk("membership.id", ondelete="CASCADE")
    person_id: Mapped[str] = uuid_fk("person.id")
    role: Mapped[str] = mapped_column(String(CODE_LEN))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)

    membership: Mapped[Membership] = relationship(back_populates="roles")

    def audit_subject(self) -> str | None:
        return self.person_id


class MembershipTransition(Entity):
    """A dated status change of a membership: the history reports count from."""

    __tablename__ = "membership_transition"

    membership_id: Mapped[str] = uuid_fk("membership.id", ondelete="CASCADE")
    person_id: Mapped[str] = uuid_fk("person.id")
    from_status: Mapped[str | None] = mapped_column(String(CODE_LEN))
    to_status: Mapped[str] = mapped_column(String(CODE_LEN))
    on: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")

    def audit_subject(self) -> str | None:
        return self.person_id
