"""Step 7 views: evaluations, the term review, the annual figures."""
