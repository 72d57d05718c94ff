"""Shared by the wording batteries (tests/test_wordings_battery*.py): how a case is run and checked.

A case is (text, expected entities, expected relations, forbidden items). Expectations are subsets:
every expected entity (name, type) and relation (subject, predicate, object) must be found; anything
else is not penalised, except the forbidden items. A name may be a tuple of acceptable spellings (A());
collaboratesWith is accepted in either direction; in forbidden items a 2-tuple is an entity (type None =
any type) and a 3-tuple a relation (None = any subject / predicate / object).
"""

from __future__ import annotations

import pytest

from kg.article import parse_article
from kg.extract import extract

MIIT = "Ministry of Industry and Information Technology"
C, RI, U, G, ORG, PJ, AW, PR, PL, PE = (
    "Company", "ResearchInstitute", "University", "GovernmentBody", "Organization",
    "Project", "Award", "Product", "Place", "Person",
)


def run(body, title="Test article"):
    return extract(parse_article(f"{title}\n\n{body}"))


def ents(ex):
    return {(e.label, e.type) for e in ex.entities}


def rels(ex):
    label = {e.id: e.label for e in ex.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


def A(*names):
    """Acceptable spellings of one name."""
    return tuple(names)


def _names(x):
    if x is None:
        return None
    return {n.lower() for n in ((x,) if isinstance(x, str) else x)}


def _match(label, want):
    names = _names(want)
    return names is None or label.lower() in names


def ent_found(got, want):
    name, typ = want
    return any(_match(lbl, name) and (typ is None or t == typ) for lbl, t in got)


def rel_found(got, want):
    s, p, o = want
    for gs, gp, go in got:
        if p is not None and gp != p:
            continue
        if _match(gs, s) and _match(go, o):
            return True
        if gp == "collaboratesWith" and _match(go, s) and _match(gs, o):
            return True
    return False


def no_rel(name):
    """Forbid every relation with this entity as subject or object."""
    return {(name, None, None), (None, None, name)}


def case_id(text):
    return text[:45].rstrip()


def params(cases, known_misses):
    """pytest params for the cases; a known miss is a strict xfail, so a fix must remove it from the list."""
    out = []
    for case in cases:
        reason = known_misses.get(case_id(case[0]))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(*case, id=case_id(case[0]), marks=marks))
    return out


def check(text, want_ents, want_rels, forbidden):
    ex = run(text)
    got_e, got_r = ents(ex), rels(ex)
    missing_e = sorted(map(str, (w for w in want_ents if not ent_found(got_e, w))))
    missing_r = sorted(map(str, (w for w in want_rels if not rel_found(got_r, w))))
    present = sorted(map(str, (f for f in forbidden if (ent_found(got_e, f) if len(f) == 2 else rel_found(got_r, f)))))
    assert not (missing_e or missing_r or present), (
        f"\nmissing entities: {missing_e}\nmissing relations: {missing_r}"
        f"\nforbidden present: {present}\ngot entities: {sorted(got_e)}"
        f"\ngot relations: {sorted(got_r)}"
    )


def check_battery(cases, known_misses):
    """The two checks every battery makes on itself."""
    ids = [case_id(c[0]) for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    assert set(known_misses) <= set(ids), "every known miss must name a case"
