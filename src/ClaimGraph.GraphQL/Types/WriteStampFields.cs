using ClaimGraph.Core.Auditing;
using ClaimGraph.Core.Model;
using ClaimGraph.GraphQL.Loading;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.GraphQL.Types;

/// <summary>The audit fields every node type carries: who recorded it and when, who changed it last and when.</summary>
internal static class WriteStampFields
{
    public static void AddWriteStampFields<T>(this ObjectGraphType<T> type, NodeKind kind, Func<T, string> id)
    {
        Add<T, StringGraphType, string>(type, "recordedBy", "Who recorded it first (an API key's name, or \"system\" for seeding and imports); null when unknown.", kind, id, s => s.CreatedBy);
        Add<T, DateTimeOffsetGraphType, DateTimeOffset?>(type, "recordedAt", "When it was recorded first (UTC); null when unknown.", kind, id, s => s.CreatedAt);
        Add<T, StringGraphType, string>(type, "updatedBy", "Who wrote it last; null when unknown.", kind, id, s => s.UpdatedBy);
        Add<T, DateTimeOffsetGraphType, DateTimeOffset?>(type, "updatedAt", "When it was written last (UTC); null when unknown.", kind, id, s => s.UpdatedAt);
    }

    private static void Add<T, TGraph, TValue>(
        ObjectGraphType<T> type, string name, string description, NodeKind kind, Func<T, string> id, Func<WriteStamp, TValue?> pick)
        where TGraph : IGraphType =>
        type.Field<TGraph>(name)
            .Description(description)
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<WriteStampLoaders>().For(kind).Load(id(ctx.Source))
                .Then(stamp => stamp is null ? default : pick(stamp)));
}
