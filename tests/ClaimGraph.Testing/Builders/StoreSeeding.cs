using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;

namespace ClaimGraph.Testing.Builders;

public static class StoreSeeding
{
    /// <summary>
    /// Writes records (or their builders) in one transaction, in the order given: the store checks
    /// references at commit, so order does not matter.
    /// </summary>
    public static Task SeedAsync(this IClaimStore store, params IEnumerable<object> records) =>
        store.WriteAsync(async writer =>
        {
            foreach (var record in records)
                await writer.UpsertAsync(record);
            return true;
        });

    public static Task UpsertAsync(this IClaimWriter writer, object record) => record switch
    {
        Actor actor => writer.UpsertActorAsync(actor),
        ActorBuilder actor => writer.UpsertActorAsync(actor.Build()),
        Claim claim => writer.UpsertClaimAsync(claim),
        ClaimBuilder claim => writer.UpsertClaimAsync(claim.Build()),
        Source source => writer.UpsertSourceAsync(source),
        SourceBuilder source => writer.UpsertSourceAsync(source.Build()),
        Statement statement => writer.UpsertStatementAsync(statement),
        StatementBuilder statement => writer.UpsertStatementAsync(statement.Build()),
        ClaimLink link => writer.UpsertClaimLinkAsync(link),
        _ => throw new ArgumentException($"Cannot seed a {record.GetType().Name}.", nameof(record)),
    };
}
