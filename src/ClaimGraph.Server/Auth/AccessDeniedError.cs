using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace ClaimGraph.Server.Auth;

/// <summary>A refusal by <see cref="AccessRule"/>: the operation never runs, and the response carries <see cref="StatusCode"/>.</summary>
public sealed class AccessDeniedError : ValidationError
{
    public AccessDeniedError(ROM source, ASTNode node, string code, string message)
        : base(source, null, message, node)
    {
        Code = code;
        StatusCode = code == AuthErrorCodes.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
    }

    public int StatusCode { get; }
}
