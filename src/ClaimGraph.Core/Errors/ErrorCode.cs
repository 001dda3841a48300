namespace ClaimGraph.Core.Errors;

/// <summary>The values of a GraphQL error's extensions.code that the domain raises.</summary>
public static class ErrorCode
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
}
