namespace ClaimGraph.Server.Http;

/// <summary>The <c>extensions.code</c> values the HTTP transport itself writes.</summary>
public static class GraphQLErrorCodes
{
    /// <summary>The HTTP request is malformed: not JSON, not an object, or a parameter of the wrong type.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The GraphQL document does not parse.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document does not validate against the schema or breaks a limit (depth, complexity, aliases).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A variable's value cannot be coerced to its declared type.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The request body is larger than <see cref="GraphQLHttpOptions.MaxRequestBytes"/>.</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>A GET request's query is longer than <see cref="GraphQLHttpOptions.MaxQueryLength"/>.</summary>
    public const string QueryTooLong = "QUERY_TOO_LONG";

    /// <summary>The HTTP method is not GET or POST, or a mutation was sent over GET.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The Accept header allows neither application/graphql-response+json nor application/json.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>A POST body that is not application/json in UTF-8.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The operation ran longer than <see cref="GraphQLHttpOptions.ExecutionTimeout"/>.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Something failed inside the server; the message hides the details, the log has them.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
