using ClaimGraph.Server;
using ClaimGraph.Server.Cli;
using ClaimGraph.Server.Seeding;

if (args.Length > 0 && CliVerbs.IsVerb(args[0]))
    return await CliVerbs.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddClaimGraph(builder.Configuration);
builder.Services.AddHostedService<SeedOnStart>();

var app = builder.Build();
app.MapClaimGraph();
app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
