using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.GraphQL.Schema;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ClaimGraph.GraphQL.Types;

/// <summary>
/// Nested statement lists (Actor.statements, Claim.statements, Source.statements, ...) take <c>first</c>: a parent
/// can have a hundred thousand statements, and these lists are not paged. The top-level <c>statements</c> connection pages through all.
/// </summary>
internal static class NestedStatements
{
    public const int DefaultFirst = 100;

    public const string Capped =
        " Capped: the first `first` statements by id (default 100, at most the configured page size); page through all with the top-level `statements` connection.";

    public static FieldBuilder<TSource, object> WithFirst<TSource>(this FieldBuilder<TSource, object> field) =>
        field.Argument<IntGraphType>("first", a => a.DefaultValue = DefaultFirst);

    public static IDataLoaderResult<IReadOnlyList<Statement>?> Load<TSource>(
        IResolveFieldContext<TSource> ctx, StatementEdge edge, string key, IReadOnlyCollection<Stance>? stances = null)
    {
        var limit = ctx.Reader().NestedLimit(ctx.GetArgument<int?>("first"), DefaultFirst);
        return ctx.Loaders().FirstStatementsBy(edge, stances, limit).Load(key);
    }

    /// <summary>As <see cref="Load"/> for one stance, batched with the other stances asked for at the same level.</summary>
    public static IDataLoaderResult<IReadOnlyList<Statement>?> LoadStance<TSource>(
        IResolveFieldContext<TSource> ctx, StatementEdge edge, string key, Stance stance)
    {
        var limit = ctx.Reader().NestedLimit(ctx.GetArgument<int?>("first"), DefaultFirst);
        return ctx.Loaders().FirstStatementsByStance(edge, limit).Load((key, stance));
    }
}
