using ClaimGraph.Core.Services;
using ClaimGraph.GraphQL.Loading;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.GraphQL.Schema;

internal static class ContextExtensions
{
    public static ClaimGraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ClaimGraphLoaders>();

    public static ClaimGraphReader Reader(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ClaimGraphReader>();

    public static ClaimGraphCommands Commands(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ClaimGraphCommands>();
}
