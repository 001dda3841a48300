using ClaimGraph.Server.Http;

namespace ClaimGraph.Server.Auth;

/// <summary>
/// For write endpoints outside GraphQL (an HTTP import or ingestion route): <c>app.MapPost(...).RequireRole(AccessRole.Write)</c>
/// answers 401 UNAUTHENTICATED or 403 FORBIDDEN with a GraphQL-shaped error body before the handler runs, as the
/// GraphQL access rule does for mutations.
/// </summary>
public static class RoleEndpointFilter
{
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, AccessRole role)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var held = ApiKeyAuthenticator.RoleOf(http.User);
            if (held >= role && !ApiKeyAuthenticator.IsRejected(http.User))
                return await next(context);

            var name = role.ToString().ToLowerInvariant();
            var problem = held == AccessRole.None
                ? new HttpProblem(StatusCodes.Status401Unauthorized, AuthErrorCodes.Unauthenticated,
                    $"This endpoint needs an API key with role '{name}'; send a valid one as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.")
                : new HttpProblem(StatusCodes.Status403Forbidden, AuthErrorCodes.Forbidden,
                    $"This endpoint needs role '{name}', and the key '{http.User.Identity!.Name}' has role '{held.ToString().ToLowerInvariant()}'.");
            if (problem.StatusCode == StatusCodes.Status401Unauthorized)
                http.Response.Headers.WWWAuthenticate = "Bearer";
            await GraphQLResponseWriter.WriteProblemAsync(http.Response, problem, GraphQLMediaTypes.Json, http.RequestAborted);
            return Results.Empty;
        });
        return builder;
    }
}
