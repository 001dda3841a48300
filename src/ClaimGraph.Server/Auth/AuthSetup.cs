using ClaimGraph.Core.Auditing;
using ClaimGraph.Server.Http;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.Auth;

/// <summary>Registers API-key authentication, the GraphQL access rule and the principal that stamps writes.</summary>
internal static class AuthSetup
{
    public static IServiceCollection AddClaimGraphAuth(this IServiceCollection services, IConfiguration section)
    {
        services.Configure<AuthOptions>(section);
        services.AddHttpContextAccessor();
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<ICurrentPrincipal, HttpCurrentPrincipal>();
        services.Configure<GraphQLHttpOptions>(options => options.ConfigureExecution += (context, execution) =>
        {
            var auth = context.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue;
            execution.ValidationRules = (execution.ValidationRules ?? DocumentValidator.CoreRules).Append(new AccessRule(auth));
        });
        return services;
    }
}
