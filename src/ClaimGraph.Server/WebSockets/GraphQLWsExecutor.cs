using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimGraph.Server.Http;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.WebSockets;

/// <summary>
/// Runs the operations of subscribe messages with the same validation rules and limits as the HTTP endpoint
/// (depth, complexity, aliases; the execution timeout for queries and mutations). Each operation gets its own
/// service scope, so per-request loaders never outlive it.
/// </summary>
internal sealed class GraphQLWsExecutor(IServiceScopeFactory scopes, IOptionsMonitor<GraphQLHttpOptions> httpOptions, ILoggerFactory loggerFactory)
{
    private readonly GraphQLErrorMapper _errors = new(loggerFactory.CreateLogger<GraphQLErrorMapper>());

    /// <summary>Starts the operation; returns the running subscription, or null when the operation already answered.</summary>
    public async Task<IAsyncDisposable?> StartAsync(GraphQLWsConnection connection, string id, JsonObject payload, CancellationToken ct)
    {
        var scope = scopes.CreateAsyncScope();
        var keepScope = false;
        try
        {
            var services = scope.ServiceProvider;
            var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
            var options = httpOptions.CurrentValue;
            GraphQLRequest? request;
            try
            {
                request = serializer.Deserialize<GraphQLRequest>(payload.ToJsonString());
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException)
            {
                request = null;
            }

            if (request?.Query is not { } query)
            {
                connection.SendFor(id, Refusal(id, GraphQLErrorCodes.BadRequest, "The subscribe payload must hold 'query' (a string) and optionally 'operationName', 'variables' and 'extensions' (objects)."), final: true);
                return null;
            }

            var facts = DocumentInspector.Inspect(query, request.OperationName);
            if (facts is not null && facts.AliasCount > options.MaxAliases)
            {
                connection.SendFor(id, Refusal(id, GraphQLErrorCodes.ValidationFailed,
                    $"The document uses {facts.AliasCount} aliases; the maximum is {options.MaxAliases} ({GraphQLHttpOptions.SectionName}:MaxAliases)."), final: true);
                return null;
            }

            var isSubscription = facts?.Operation == OperationType.Subscription;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            if (!isSubscription)
                timeout.CancelAfter(options.ExecutionTimeout);
            var execution = new ExecutionOptions
            {
                Query = query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = services,
                UserContext = new Dictionary<string, object?>(),
                // A subscription lives as long as the connection; only its set-up is bounded by the query timeout.
                CancellationToken = isSubscription ? ct : timeout.Token,
                ThrowOnUnhandledException = false,
                UnhandledExceptionDelegate = _errors.OnUnhandledExceptionAsync,
                ValidationRules = DocumentValidator.CoreRules.Append(LimitsComplexityRule.For(options)),
                User = connection.HttpContext.User,
            };

            // The same hooks as over HTTP, so the access rule (API keys, roles) guards the socket too.
            options.ConfigureExecution?.Invoke(connection.HttpContext, execution);
            var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(execution);
            GraphQLErrorMapper.AssignCodes(result);

            if (result.Streams is { Count: > 0 } streams)
            {
                var subscription = streams.Values.First().Subscribe(new StreamObserver(connection, id, serializer));
                keepScope = true;
                return new RunningSubscription(subscription, scope);
            }

            if (!result.Executed)
            {
                connection.SendFor(id, GraphQLWsMessages.Error(id, ErrorsOf(serializer, result)), final: true);
                return null;
            }

            connection.SendFor(id, GraphQLWsMessages.Next(id, serializer.Serialize(result)), final: false);
            connection.SendFor(id, GraphQLWsMessages.Complete(id), final: true);
            return null;
        }
        finally
        {
            if (!keepScope)
                await scope.DisposeAsync();
        }
    }

    internal static JsonNode ErrorsOf(IGraphQLTextSerializer serializer, ExecutionResult result) =>
        JsonNode.Parse(serializer.Serialize(result))?["errors"] ?? new JsonArray();

    private static string Refusal(string id, string code, string message) => GraphQLWsMessages.Error(id, new JsonArray
    {
        new JsonObject { ["message"] = message, ["extensions"] = new JsonObject { ["code"] = code } },
    });

    private sealed class RunningSubscription(IDisposable subscription, AsyncServiceScope scope) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            subscription.Dispose();
            await scope.DisposeAsync();
        }
    }
}
