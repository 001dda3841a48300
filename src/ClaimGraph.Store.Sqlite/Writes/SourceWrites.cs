using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Search;

namespace ClaimGraph.Store.Sqlite.Writes;

internal static class SourceWrites
{
    private const string Upsert = """
        INSERT INTO sources (id, kind, title, sort_title, language, url, publisher_id, author_id, published_at, published_offset, text)
        VALUES (@id, @kind, @title, @sort_title, @language, @url, @publisher_id, @author_id, @published_at, @published_offset, @text)
        ON CONFLICT (id) DO UPDATE SET
            kind = excluded.kind, title = excluded.title, sort_title = excluded.sort_title, language = excluded.language,
            url = excluded.url, publisher_id = excluded.publisher_id, author_id = excluded.author_id,
            published_at = excluded.published_at, published_offset = excluded.published_offset, text = excluded.text;
        DELETE FROM source_citations WHERE source_id = @id;
        INSERT INTO source_citations (source_id, ordinal, cited_source_id)
        SELECT @id, key, value FROM json_each(@cited);
        """ + SearchDocuments.Replace;

    public static async Task UpsertAsync(Session session, Source source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var command = session.Reused(Upsert)
            .With("@id", source.Id)
            .With("@kind", source.Kind.ToString())
            .With("@title", source.Title)
            .With("@sort_title", SortText.Of(source.Title))
            .With("@language", source.Language)
            .With("@url", source.Url)
            .With("@publisher_id", source.PublisherId)
            .With("@author_id", source.AuthorId)
            .With("@published_at", TimeText.Utc(source.PublishedAt))
            .With("@published_offset", TimeText.OffsetMinutes(source.PublishedAt))
            .With("@text", source.Text)
            .WithJson("@cited", source.CitedSourceIds ?? [])
            .WithSearchDocuments(NodeKind.Source, source.Title);
        await command.ExecuteNonQueryAsync(ct);
    }
}
