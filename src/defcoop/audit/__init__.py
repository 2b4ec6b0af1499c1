"""Manuscript audit: citations against the reference list, and facts against each other.

    report = audit(doc)            # AuditReport: citations, references, matches, findings
    refs = parse_references(doc)   # the reference list parsed into records

The JSON form of a report (:meth:`AuditReport.to_dict`) is public API, documented in
``docs/audit.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from defcoop.audit.findings import KINDS, SEVERITIES, Finding, citation_findings, reference_findings
from defcoop.audit.matching import Match, match_citations
from defcoop.audit.references import Reference, parse_references
from defcoop.detect.citations import Citation, find_citations
from defcoop.read.document import Document

__all__ = ["KINDS", "SEVERITIES", "AuditReport", "Citation", "Finding", "Reference", "audit",
           "parse_references"]

_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass
class AuditReport:
    document: Document
    citations: list[Citation]
    references: list[Reference]
    matches: list[Match]
    findings: list[Finding] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.findings

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.kind] = out.get(f.kind, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        ref_ids = {id(r): r.id for r in self.references}
        citations = []
        for m in self.matches:
            c = m.citation
            citations.append({
                "text": c.text, "authors": list(c.authors), "year": c.year,
                "year_suffix": c.year_suffix, "pages": c.pages, "narrative": c.narrative,
                "et_al": c.et_al, "page": c.page, "start": c.start, "end": c.end,
                "reference": ref_ids.get(id(m.reference)) if m.reference is not None else None,
            })
        doc = self.document
        return {
            "document": {"path": doc.path, "sha256": doc.sha256, "pages": doc.pages,
                         "language": doc.language},
            "citations": citations,
            "references": [r.to_dict() for r in self.references],
            "findings": [f.to_dict() for f in self.findings],
        }


def audit(doc: Document, *, facts: bool = True) -> AuditReport:
    """Audit ``doc``: match its citations and references, check both, and check its facts."""
    citations = find_citations(doc)
    references = parse_references(doc)
    matches = match_citations(citations, references)
    findings = citation_findings(matches, references) + reference_findings(references, matches)
    if facts:
        from defcoop.audit.facts import fact_findings
        findings += fact_findings(doc)
    findings.sort(key=lambda f: (f.page if f.page is not None else 10**6,
                                 f.start if f.start is not None else 10**9,
                                 KINDS.index(f.kind)))
    return AuditReport(document=doc, citations=citations, references=references,
                       matches=matches, findings=findings)
