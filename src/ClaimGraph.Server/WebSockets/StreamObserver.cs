using GraphQL;

namespace ClaimGraph.Server.WebSockets;

/// <summary>Turns a subscription's event stream into next / error / complete messages for one operation id.</summary>
internal sealed class StreamObserver(GraphQLWsConnection connection, string id, IGraphQLTextSerializer serializer) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Http.GraphQLErrorMapper.AssignCodes(value);
        connection.SendFor(id, GraphQLWsMessages.Next(id, serializer.Serialize(value)), final: false);
    }

    public void OnError(Exception error)
    {
        var result = new ExecutionResult { Errors = [error as ExecutionError ?? new ExecutionError("The subscription's event stream failed.", error)] };
        Http.GraphQLErrorMapper.AssignCodes(result);
        connection.SendFor(id, GraphQLWsMessages.Error(id, GraphQLWsExecutor.ErrorsOf(serializer, result)), final: true);
    }

    public void OnCompleted() => connection.SendFor(id, GraphQLWsMessages.Complete(id), final: true);
}
