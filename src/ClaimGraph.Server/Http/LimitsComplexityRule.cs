using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace ClaimGraph.Server.Http;

/// <summary>
/// GraphQL.NET's complexity analyzer with errors that name the limit, its configuration key and its value,
/// so a client knows what to change.
/// </summary>
internal sealed class LimitsComplexityRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    /// <summary>
    /// The rule for <paramref name="options"/>: GraphQL.NET's default impacts, except that introspection lists do not
    /// multiply (otherwise the introspection query GraphiQL sends scores about 220,000). Introspection fields still
    /// cost 1 each and count for depth.
    /// </summary>
    public static LimitsComplexityRule For(GraphQLHttpOptions options)
    {
        var complexity = new ComplexityOptions { MaxDepth = options.MaxDepth, MaxComplexity = options.MaxComplexity };
        var standard = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = context => IsIntrospection(context)
            ? new FieldComplexityResult(context.Configuration.DefaultObjectImpact, 1)
            : standard(context);
        return new LimitsComplexityRule(complexity);
    }

    private static bool IsIntrospection(FieldImpactContext context) =>
        context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
        || (context.ParentType.Name?.StartsWith("__", StringComparison.Ordinal) ?? false);

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (Options.MaxDepth is int depthLimit && maxDepth > depthLimit)
        {
            context.ReportError(LimitError(
                context,
                $"The operation nests fields {maxDepth} levels deep; the maximum depth is {depthLimit} "
                + $"({GraphQLHttpOptions.SectionName}:MaxDepth). Select fewer nested levels or split the query.",
                "maxDepth",
                depthLimit,
                maxDepth));
        }

        if (Options.MaxComplexity is int complexityLimit && totalComplexity > complexityLimit)
        {
            context.ReportError(LimitError(
                context,
                $"The operation's complexity is {totalComplexity:0.##}; the maximum complexity is {complexityLimit} "
                + $"({GraphQLHttpOptions.SectionName}:MaxComplexity). Ask for fewer fields, or page lists with smaller 'first'.",
                "maxComplexity",
                complexityLimit,
                totalComplexity));
        }

        return ValueTask.CompletedTask;
    }

    private static ValidationError LimitError(ValidationContext context, string message, string limit, double maximum, double actual)
    {
        var error = new ValidationError(context.Document.Source, null!, message, context.Operation);
        error.Extensions = new Dictionary<string, object?>
        {
            ["limit"] = limit,
            ["maximum"] = maximum,
            ["actual"] = actual,
        };
        return error;
    }
}
