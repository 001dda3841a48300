using ClaimGraph.Core.Model;
using ClaimGraph.Store.Sqlite.Data;
using ClaimGraph.Store.Sqlite.Search;

namespace ClaimGraph.Store.Sqlite.Writes;

internal static class ActorWrites
{
    // ON CONFLICT ... DO UPDATE keeps the row's seq, so insertion order survives updates.
    private const string Upsert = """
        INSERT INTO actors (id, name, sort_name, language, kind, description, affiliation_id, role, scope_source_id)
        VALUES (@id, @name, @sort_name, @language, @kind, @description, @affiliation_id, @role, @scope_source_id)
        ON CONFLICT (id) DO UPDATE SET
            name = excluded.name, sort_name = excluded.sort_name, language = excluded.language, kind = excluded.kind,
            description = excluded.description, affiliation_id = excluded.affiliation_id, role = excluded.role,
            scope_source_id = excluded.scope_source_id;
        DELETE FROM actor_aliases WHERE actor_id = @id;
        INSERT INTO actor_aliases (actor_id, ordinal, name, language)
        SELECT @id, key, value ->> '$[0]', value ->> '$[1]' FROM json_each(@aliases);
        """ + SearchDocuments.Replace;

    public static async Task UpsertAsync(Session session, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var aliases = actor.Aliases ?? [];
        var command = session.Reused(Upsert)
            .With("@id", actor.Id)
            .With("@name", actor.Name)
            .With("@sort_name", SortText.Of(actor.Name))
            .With("@language", actor.Language)
            .With("@kind", actor.Kind.ToString())
            .With("@description", actor.Description)
            .With("@affiliation_id", actor.AffiliationId)
            .With("@role", actor.Role)
            .With("@scope_source_id", actor.ScopeSourceId)
            .WithJson("@aliases", aliases.Select(a => new[] { a.Name, a.Language }))
            .WithSearchDocuments(NodeKind.Actor, aliases.Select(a => a.Name).Prepend(actor.Name));
        await command.ExecuteNonQueryAsync(ct);
    }
}
