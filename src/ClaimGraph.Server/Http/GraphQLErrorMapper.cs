using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Store;
using ClaimGraph.Server.Auth;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.Exceptions;

namespace ClaimGraph.Server.Http;

/// <summary>
/// Gives every GraphQL error an <c>extensions.code</c>: parse, validation and variable errors get the transport's
/// codes, domain exceptions keep their own code (and field), anything unexpected becomes INTERNAL_SERVER_ERROR
/// with a message that reveals nothing of the server.
/// </summary>
internal sealed class GraphQLErrorMapper(ILogger<GraphQLErrorMapper> logger)
{
    public const string StoreUnavailableMessage = "The claim store is unavailable right now; try again later.";

    /// <summary>The <see cref="ExecutionOptions.UnhandledExceptionDelegate"/>: keeps domain messages, logs the rest.</summary>
    public Task OnUnhandledExceptionAsync(UnhandledExceptionContext context)
    {
        switch (FindDomainException(context.OriginalException))
        {
            case ClaimGraphException domain:
                context.ErrorMessage = domain.Message;
                break;
            case StoreUnavailableException unavailable:
                logger.LogWarning(unavailable, "The store was unavailable while resolving {Path}.", FieldPath(context));
                context.ErrorMessage = StoreUnavailableMessage;
                break;
            case null when Find<GraphQLParserException>(context.OriginalException) is not null:
                // A client's document nested past the parser's limit: the client's problem, answered 400, not a server fault.
                logger.LogDebug("Refused a document the parser could not read: {Message}", context.OriginalException.Message);
                break;
            default:
                logger.LogError(context.OriginalException, "Unhandled exception while resolving {Path}.", FieldPath(context));
                break;
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Gives every error of <paramref name="result"/> its code and detaches the exceptions behind execution errors,
    /// so that no exception type name (GraphQL.NET's <c>extensions.codes</c>) or detail reaches the client.
    /// </summary>
    public static void AssignCodes(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 } errors)
            return;
        var assigned = new ExecutionErrors();
        foreach (var error in errors)
            assigned.Add(Assign(error));
        result.Errors = assigned;
    }

    private static ExecutionError Assign(ExecutionError error)
    {
        var domain = FindDomainException(error.InnerException);
        if (error is DocumentError)
        {
            // A domain exception thrown while coercing a variable says more than GraphQL.NET's generic message.
            if (error is not SyntaxError && domain is ClaimGraphException invalid)
                return Coded(CopyOf(error, new RefusedDocumentError(invalid.Message)), invalid.Code, invalid.Field);
            var code = error switch
            {
                AccessDeniedError denied => denied.Code!,
                SyntaxError => GraphQLErrorCodes.ParseFailed,
                InvalidVariableError => GraphQLErrorCodes.BadUserInput,
                ValidationError => GraphQLErrorCodes.ValidationFailed,
                _ => GraphQLErrorCodes.BadRequest,
            };
            return Coded(error, code);
        }

        if (error is TimeoutError)
            return Coded(error, GraphQLErrorCodes.Timeout);

        // GraphQL.NET reports a document nested past the parser's depth limit as an unhandled error.
        if (Find<GraphQLParserException>(error.InnerException) is { } parser)
        {
            var message = parser is GraphQLMaxDepthExceededException
                ? "The document nests too deeply to parse; flatten its selections."
                : $"Error parsing query: {parser.Description}";
            return Coded(CopyOf(error, new RefusedDocumentError(message)), GraphQLErrorCodes.ParseFailed);
        }

        var detached = error.InnerException is null ? error : CopyOf(error, new ExecutionError(error.Message));
        return domain switch
        {
            ClaimGraphException claimGraph => Coded(detached, claimGraph.Code, claimGraph.Field),
            StoreUnavailableException => Coded(detached, ErrorCode.StoreUnavailable),
            _ when error is UnhandledError || error.Code is null => Coded(detached, GraphQLErrorCodes.InternalServerError),
            _ => Coded(detached, error.Code!),
        };
    }

    /// <summary><paramref name="copy"/> with the path, locations and extensions of <paramref name="error"/>.</summary>
    private static ExecutionError CopyOf(ExecutionError error, ExecutionError copy)
    {
        copy.Path = error.Path;
        copy.Extensions = error.Extensions;
        foreach (var location in error.Locations ?? [])
            copy.AddLocation(location);
        return copy;
    }

    private static ExecutionError Coded(ExecutionError error, string code, string? field = null)
    {
        error.Code = code;
        var extensions = error.Extensions ??= [];
        extensions["code"] = code;
        if (field is not null)
            extensions["field"] = field;
        return error;
    }

    /// <summary>The first ClaimGraph or store exception in the chain of inner exceptions, if any.</summary>
    private static Exception? FindDomainException(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is ClaimGraphException or StoreUnavailableException)
                return current;
            if (current is AggregateException { InnerExceptions.Count: 1 } aggregate)
                return FindDomainException(aggregate.InnerExceptions[0]);
        }
        return null;
    }

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
                return found;
        }
        return null;
    }

    private static string FieldPath(UnhandledExceptionContext context) =>
        context.FieldContext?.Path is { } path ? string.Join('.', path) : "(no field)";
}
