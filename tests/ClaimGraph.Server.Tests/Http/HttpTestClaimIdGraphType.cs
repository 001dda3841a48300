using ClaimGraph.Core.Errors;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ClaimGraph.Server.Tests.Http;

/// <summary>A scalar whose parsing throws the domain's validation exception, as ClaimGraph's id scalars may.</summary>
public sealed class HttpTestClaimIdGraphType : ScalarGraphType
{
    public HttpTestClaimIdGraphType() => Name = "ClaimId";

    public override object? ParseLiteral(GraphQLValue value) =>
        value is GraphQLStringValue text ? Check((string)text.Value) : ThrowLiteralConversionError(value);

    public override object? ParseValue(object? value) => value is string text ? Check(text) : ThrowValueConversionError(value);

    public override object? Serialize(object? value) => value;

    private static string Check(string id) =>
        id.StartsWith("c-", StringComparison.Ordinal) ? id : throw ClaimGraphException.Invalid("id", $"Claim ids start with 'c-'; '{id}' does not.");
}
