using ClaimGraph.Core.Auditing;
using ClaimGraph.Core.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Store.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SqliteClaimStore"/> as the singleton <see cref="IClaimStore"/>.</summary>
    public static IServiceCollection AddSqliteStore(this IServiceCollection services, Action<SqliteStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SqliteStoreOptions>()
            .Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "SqliteStoreOptions.DataDirectory must name a folder.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.FileName), "SqliteStoreOptions.FileName must not be empty.");
        services.TryAddSingleton(sp => new SqliteClaimStore(
            sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value,
            sp.GetService<ICurrentPrincipal>() ?? SystemPrincipal.Instance,
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton<IClaimStore>(sp => sp.GetRequiredService<SqliteClaimStore>());
        return services;
    }
}
