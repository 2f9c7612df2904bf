"""Exports of a submission round: cover letter, participation table and the PDF bundle."""
