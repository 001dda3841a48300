namespace ClaimGraph.Core.Errors;

/// <summary>An error a user can act on: <see cref="Code"/> says what kind, the message says what to fix, <see cref="Field"/> where.</summary>
public class ClaimGraphException : Exception
{
    public ClaimGraphException() : this(ErrorCode.Validation, "Invalid request.") { }

    public ClaimGraphException(string message) : this(ErrorCode.Validation, message) { }

    public ClaimGraphException(string message, Exception inner) : base(message, inner) => Code = ErrorCode.Validation;

    public ClaimGraphException(string code, string message, string? field = null, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Field = field;
    }

    public string Code { get; }

    public string? Field { get; }

    public static ClaimGraphException Invalid(string field, string message) => new(ErrorCode.Validation, message, field);

    public static ClaimGraphException NotFound(string kind, string id, string? field = null) =>
        new(ErrorCode.NotFound, $"No {kind} with id '{id}'.", field);

    public static ClaimGraphException Conflict(string message, string? field = null) => new(ErrorCode.Conflict, message, field);
}
