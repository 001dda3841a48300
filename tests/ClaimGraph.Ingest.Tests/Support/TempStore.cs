using ClaimGraph.Core.Import;
using ClaimGraph.Store.Sqlite;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Ingest.Tests.Support;

/// <summary>A real SQLite store in a fresh temp folder, with the extractor and committer over it.</summary>
internal sealed class TempStore : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimgraph-ingest-tests", Guid.NewGuid().ToString("N"));

    public TempStore(IngestOptions? options = null)
    {
        Store = new SqliteClaimStore(new SqliteStoreOptions { DataDirectory = _path });
        Extractor = new ArticleExtractor(Store, Options.Create(options ?? new IngestOptions()));
        Committer = new DraftCommitter(new GraphImporter(Store));
    }

    public SqliteClaimStore Store { get; }

    public ArticleExtractor Extractor { get; }

    public DraftCommitter Committer { get; }

    public async Task ImportSeedAsync() => await new GraphImporter(Store).ImportAsync(ImportReader.ParseFile(TestFiles.SeedGraph));

    public void Dispose()
    {
        Store.Dispose();
        if (Directory.Exists(_path))
            Directory.Delete(_path, recursive: true);
    }
}
