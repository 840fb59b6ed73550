"""Posts as the domain sees them: statuses, the allowed moves between them, content types."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    IDEA = "idea"
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    ARCHIVED = "archived"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class ContentType(StrEnum):
    EDUCATIONAL = "educational"
    ENTERTAINING = "entertaining"
    INSPIRING = "inspiring"
    CONVERSATIONAL = "conversational"
    PROMOTIONAL = "promotional"


# The workflow moves forward one review step at a time, may always fall back to drafting, and
# anything can be archived. An archived post comes back as a draft, never straight to scheduled,
# so it passes review again.
_FORWARD: dict[Status, frozenset[Status]] = {
    Status.IDEA: frozenset({Status.DRAFT}),
    Status.DRAFT: frozenset({Status.IDEA, Status.IN_REVIEW}),
    Status.IN_REVIEW: frozenset({Status.DRAFT, Status.CHANGES_REQUESTED, Status.APPROVED}),
    Status.CHANGES_REQUESTED: frozenset({Status.DRAFT, Status.IN_REVIEW}),
    Status.APPROVED: frozenset({Status.DRAFT, Status.SCHEDULED, Status.CHANGES_REQUESTED}),
    Status.SCHEDULED: frozenset({Status.DRAFT, Status.APPROVED, Status.PUBLISHED}),
    Status.PUBLISHED: frozenset(),
    Status.ARCHIVED: frozenset({Status.DRAFT}),
}

# Moving into these statuses with open `strong` findings asks the user to confirm.
GUARDED_STATUSES = frozenset({Status.APPROVED, Status.SCHEDULED})


class TransitionError(ValueError):
    """A status change the workflow does not allow."""


def allowed_transitions(current: Status) -> frozenset[Status]:
    targets = set(_FORWARD[current])
    if current is not Status.ARCHIVED:
        targets.add(Status.ARCHIVED)
    return frozenset(targets)


def can_transition(current: Status, target: Status) -> bool:
    return target in allowed_transitions(current)


def check_transition(current: Status, target: Status) -> None:
    if not can_transition(current, target):
        allowed = ", ".join(sorted(s.label for s in allowed_transitions(current))) or "none"
        raise TransitionError(
            f"A post cannot move from {current.label} to {target.label} (allowed: {allowed})."
        )
