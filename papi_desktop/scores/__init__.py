"""The province's published PAPI scores: read from files, kept in the drafts file, turned into
a score table, a chart and a sentence for the report."""

from papi_desktop.scores.model import ProvinceScores, ScoreRow, comparison, summary_sentence

__all__ = ["ProvinceScores", "ScoreRow", "comparison", "summary_sentence"]
