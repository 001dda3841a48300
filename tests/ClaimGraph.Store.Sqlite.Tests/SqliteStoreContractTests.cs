using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Contract;

namespace ClaimGraph.Store.Sqlite.Tests;

public sealed class SqliteStoreContractTests : ClaimStoreContract, IDisposable
{
    private readonly TempDataFolder _folder = new();

    protected override Task<IClaimStore> CreateEmptyStoreAsync() => Task.FromResult<IClaimStore>(_folder.OpenStore());

    public void Dispose() => _folder.Dispose();
}
