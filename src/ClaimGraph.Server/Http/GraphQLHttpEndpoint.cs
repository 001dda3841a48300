using ClaimGraph.Server.Auth;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: GET and POST, Accept negotiation between application/graphql-response+json and
/// application/json, request limits, execution with a timeout, and status codes per the GraphQL over HTTP spec.
/// Map it with <see cref="GraphQLHttpEndpointRouteBuilderExtensions.MapGraphQLEndpoint"/>.
/// </summary>
public sealed class GraphQLHttpEndpoint
{
    private const string GetAndPost = "GET, POST";

    private readonly IOptionsMonitor<GraphQLHttpOptions> _options;
    private readonly GraphQLErrorMapper _errors;
    private readonly ILogger<GraphQLHttpEndpoint> _logger;
    private ParsedDocumentCache? _documents;
    private volatile bool _documentsResolved;

    public GraphQLHttpEndpoint(IOptionsMonitor<GraphQLHttpOptions> options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _options = options;
        _errors = new GraphQLErrorMapper(loggerFactory.CreateLogger<GraphQLErrorMapper>());
        _logger = loggerFactory.CreateLogger<GraphQLHttpEndpoint>();
    }

    /// <summary>Answers one HTTP request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var aborted = context.RequestAborted;
        var mediaType = GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept);
        context.Response.Headers.Vary = "Accept";
        try
        {
            await HandleCoreAsync(context, mediaType);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (BadHttpRequestException ex)
        {
            var code = ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? GraphQLErrorCodes.PayloadTooLarge : GraphQLErrorCodes.BadRequest;
            await TryWriteProblemAsync(context, new HttpProblem(ex.StatusCode, code, ex.Message), mediaType);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "The GraphQL endpoint failed on {Method} {Path}.", context.Request.Method, context.Request.Path);
            await TryWriteProblemAsync(
                context,
                new HttpProblem(StatusCodes.Status500InternalServerError, GraphQLErrorCodes.InternalServerError, "The server failed to process the request."),
                mediaType);
        }
    }

    private async Task HandleCoreAsync(HttpContext context, string? mediaType)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            await WriteProblemAsync(context, new HttpProblem(
                StatusCodes.Status405MethodNotAllowed,
                GraphQLErrorCodes.MethodNotAllowed,
                $"HTTP method {request.Method} is not supported; use GET for queries or POST for queries and mutations.",
                GetAndPost), mediaType);
            return;
        }

        if (mediaType is null)
        {
            await WriteProblemAsync(context, new HttpProblem(
                StatusCodes.Status406NotAcceptable,
                GraphQLErrorCodes.NotAcceptable,
                $"The Accept header allows no media type this endpoint produces; accept '{GraphQLMediaTypes.GraphQLResponseJson}' or '{GraphQLMediaTypes.Json}' (UTF-8)."),
                mediaType);
            return;
        }

        var options = _options.CurrentValue;
        var reader = new GraphQLRequestReader(context.RequestServices.GetRequiredService<IGraphQLTextSerializer>());
        var read = isGet ? reader.ReadGet(request, options) : await reader.ReadPostAsync(request, options, context.RequestAborted);
        if (read.Problem is not null)
        {
            await WriteProblemAsync(context, read.Problem, mediaType);
            return;
        }

        var graphQLRequest = read.Request!;
        // A document the cache holds parsed and validated once already: inspect it without parsing it again.
        var cached = Documents(context)?.Peek(graphQLRequest.Query);
        var inspected = cached is not null
            ? DocumentInspector.Inspect(cached, graphQLRequest.OperationName)
            : DocumentInspector.Inspect(graphQLRequest.Query, graphQLRequest.OperationName);
        if (inspected is { } facts)
        {
            if (isGet && facts.Operation == OperationType.Mutation)
            {
                await WriteProblemAsync(context, new HttpProblem(
                    StatusCodes.Status405MethodNotAllowed,
                    GraphQLErrorCodes.MethodNotAllowed,
                    "Mutations cannot be sent with GET; send them with POST.",
                    "POST"), mediaType);
                return;
            }

            if (facts.Operation == OperationType.Subscription)
            {
                await WriteDocumentProblemAsync(context, GraphQLErrorCodes.BadRequest,
                    "Subscriptions are not served over plain HTTP; open a WebSocket with the graphql-transport-ws protocol.", mediaType);
                return;
            }

            if (facts.AliasCount > options.MaxAliases)
            {
                await WriteDocumentProblemAsync(context, GraphQLErrorCodes.ValidationFailed,
                    $"The document uses {facts.AliasCount} aliases; the maximum is {options.MaxAliases} ({GraphQLHttpOptions.SectionName}:MaxAliases).",
                    mediaType);
                return;
            }

            if (facts.FieldCount > options.MaxFields)
            {
                await WriteDocumentProblemAsync(context, GraphQLErrorCodes.ValidationFailed,
                    $"The operation selects {(facts.FieldCount == long.MaxValue ? "too many" : facts.FieldCount.ToString(System.Globalization.CultureInfo.InvariantCulture))} fields "
                    + $"once its fragments are expanded; the maximum is {options.MaxFields} ({GraphQLHttpOptions.SectionName}:MaxFields). Select fewer fields or split the query.",
                    mediaType);
                return;
            }
        }

        await ExecuteAsync(context, graphQLRequest, options, mediaType);
    }

    private async Task ExecuteAsync(HttpContext context, GraphQLHttpRequest request, GraphQLHttpOptions options, string mediaType)
    {
        var services = context.RequestServices;
        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var executionOptions = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = context.User,
            UserContext = new Dictionary<string, object?>(),
            CancellationToken = timeout.Token,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = _errors.OnUnhandledExceptionAsync,
            ValidationRules = DocumentValidator.CoreRules.Append(LimitsComplexityRule.For(options)),
            // Opts in to ParsedDocumentCache, which on a hit runs every rule here but the core ones (limits, access).
            CachedDocumentValidationRules = [],
        };
        options.ConfigureExecution?.Invoke(context, executionOptions);

        ExecutionResult result;
        timeout.CancelAfter(options.ExecutionTimeout);
        try
        {
            // WaitAsync answers on time even when a resolver ignores its cancellation token.
            result = await executer.ExecuteAsync(executionOptions).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            await WriteTimeoutAsync(context, options, mediaType);
            return;
        }

        if (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            // GraphQL.NET may turn the cancellation into field errors instead of throwing it.
            await WriteTimeoutAsync(context, options, mediaType);
            return;
        }

        GraphQLErrorMapper.AssignCodes(result);
        var status = StatusFor(result, mediaType);
        if (status == StatusCodes.Status401Unauthorized)
            context.Response.Headers.WWWAuthenticate = "Bearer";
        await GraphQLResponseWriter.WriteResultAsync(
            context.Response, serializer, result, status, mediaType, context.RequestAborted);
    }

    private ParsedDocumentCache? Documents(HttpContext context)
    {
        if (!_documentsResolved)
        {
            // A singleton, like this endpoint; it is absent only when someone removed GraphQL.NET's configure hooks.
            _documents = context.RequestServices.GetServices<IConfigureExecution>().OfType<ParsedDocumentCache>().FirstOrDefault();
            _documentsResolved = true;
        }
        return _documents;
    }

    /// <summary>
    /// 200 whenever the operation ran (its data is in the body). When it did not run, application/json keeps 200
    /// for well-formed requests while application/graphql-response+json says why: 400 for parse, validation and
    /// variable errors, 504 for a timeout, 500 otherwise.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        // A refused key or role refuses the whole operation, whatever the media type: 401 or 403.
        if (!result.Executed && result.Errors?.OfType<AccessDeniedError>().FirstOrDefault() is { } denied)
            return denied.StatusCode;
        if (result.Executed || mediaType == GraphQLMediaTypes.Json)
            return StatusCodes.Status200OK;
        var errors = result.Errors ?? [];
        if (errors.Count == 0 || errors.All(e => e is DocumentError))
            return StatusCodes.Status400BadRequest;
        if (errors.Any(e => e is TimeoutError))
            return StatusCodes.Status504GatewayTimeout;
        return StatusCodes.Status500InternalServerError;
    }

    private static Task WriteTimeoutAsync(HttpContext context, GraphQLHttpOptions options, string mediaType)
    {
        var status = mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK : StatusCodes.Status504GatewayTimeout;
        return WriteProblemAsync(context, new HttpProblem(
            status,
            GraphQLErrorCodes.Timeout,
            $"The operation did not finish within {options.ExecutionTimeout.TotalSeconds:0.###} s ({GraphQLHttpOptions.SectionName}:ExecutionTimeout); "
            + "ask for less, or page through the results."), mediaType);
    }

    /// <summary>A document the transport refuses without executing it: 400, or 200 under application/json.</summary>
    private static Task WriteDocumentProblemAsync(HttpContext context, string code, string message, string mediaType)
    {
        var status = mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return WriteProblemAsync(context, new HttpProblem(status, code, message), mediaType);
    }

    private static Task WriteProblemAsync(HttpContext context, HttpProblem problem, string? mediaType) =>
        GraphQLResponseWriter.WriteProblemAsync(context.Response, problem, mediaType ?? GraphQLMediaTypes.Json, context.RequestAborted);

    private async Task TryWriteProblemAsync(HttpContext context, HttpProblem problem, string? mediaType)
    {
        if (context.Response.HasStarted)
            return;
        try
        {
            context.Response.Clear();
            context.Response.Headers.Vary = "Accept";
            await WriteProblemAsync(context, problem, mediaType);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or InvalidOperationException)
        {
            _logger.LogDebug(ex, "Could not write the error response.");
        }
    }
}
