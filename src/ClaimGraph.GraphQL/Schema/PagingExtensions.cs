using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Types;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Schema;

internal static class PagingExtensions
{
    public static FieldBuilder<TSource, TReturn> Paging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("first", "Page size (default 20, at most the configured maximum, 100 unless changed).")
            .Argument<StringGraphType>("after", "A cursor from a previous page.")
            .Argument<SortOrderType>("orderBy", "Defaults to DEFAULT (by id).");

    public static int? First(this IResolveFieldContext ctx) => ctx.GetArgument<int?>("first");

    public static string? After(this IResolveFieldContext ctx) => ctx.GetArgument<string?>("after");

    public static SortOrder Order(this IResolveFieldContext ctx) => ctx.GetArgument("orderBy", SortOrder.Default);
}
