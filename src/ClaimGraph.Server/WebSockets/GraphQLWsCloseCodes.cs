namespace ClaimGraph.Server.WebSockets;

/// <summary>Close codes of the graphql-transport-ws protocol (npm graphql-ws, PROTOCOL.md).</summary>
internal static class GraphQLWsCloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
}
