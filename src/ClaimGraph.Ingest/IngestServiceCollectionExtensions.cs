using ClaimGraph.Core.Import;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimGraph.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>The extractor and committer; limits from the ClaimGraph:Ingest section.</summary>
    public static IServiceCollection AddClaimGraphIngest(this IServiceCollection services, IConfiguration? section = null)
    {
        if (section is not null)
            services.Configure<IngestOptions>(section);
        else
            services.AddOptions<IngestOptions>();
        services.TryAddSingleton<GraphImporter>();
        services.TryAddSingleton<ArticleExtractor>();
        services.TryAddSingleton<DraftCommitter>();
        return services;
    }
}
