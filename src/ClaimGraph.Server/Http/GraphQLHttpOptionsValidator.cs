using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.Http;

/// <summary>Rejects limits that would make the endpoint refuse everything or nothing by mistake.</summary>
internal sealed class GraphQLHttpOptionsValidator : IValidateOptions<GraphQLHttpOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLHttpOptions options)
    {
        var failures = new List<string>();
        if (options.MaxRequestBytes <= 0)
            failures.Add($"{GraphQLHttpOptions.SectionName}:MaxRequestBytes must be positive (got {options.MaxRequestBytes}).");
        if (options.MaxQueryLength <= 0)
            failures.Add($"{GraphQLHttpOptions.SectionName}:MaxQueryLength must be positive (got {options.MaxQueryLength}).");
        if (options.MaxDepth <= 0)
            failures.Add($"{GraphQLHttpOptions.SectionName}:MaxDepth must be positive (got {options.MaxDepth}).");
        if (options.MaxComplexity <= 0)
            failures.Add($"{GraphQLHttpOptions.SectionName}:MaxComplexity must be positive (got {options.MaxComplexity}).");
        if (options.DocumentCacheEntries < 0)
            failures.Add($"{GraphQLHttpOptions.SectionName}:DocumentCacheEntries must not be negative (got {options.DocumentCacheEntries}).");
        if (options.MaxAliases < 0)
            failures.Add($"{GraphQLHttpOptions.SectionName}:MaxAliases must not be negative (got {options.MaxAliases}).");
        if (options.MaxFields <= 0)
            failures.Add($"{GraphQLHttpOptions.SectionName}:MaxFields must be positive (got {options.MaxFields}).");
        if (options.ExecutionTimeout <= TimeSpan.Zero)
            failures.Add($"{GraphQLHttpOptions.SectionName}:ExecutionTimeout must be positive (got {options.ExecutionTimeout}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
