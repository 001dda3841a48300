-- Search documents folded again (ArabicStemmer strips nothing after the article: الوزير is indexed as وزير,
-- no longer زير; a bare و/ف adds its reading without it). Every search_docs.body is recomputed from its
-- matched text and search_fts rebuilt, in C# (SearchRefold, run by the migrator in this migration's
-- transaction): the folding lives in ClaimGraph.Core.Text, not in SQL.
SELECT 1;
