using System.Text.Json;
using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Services;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Server.Export;

/// <summary>
/// GET /export/{cytoscape.json | graph.graphml | nodes.csv | edges.csv | claims.jsonld}: the whole graph or the slice
/// the parameters pick (as the GraphQL graph query does), written while it is sent. X-ClaimGraph-Truncated says
/// whether the node limit cut it.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/{file}", ExportAsync).WithDisplayName("Graph export");
        return endpoints;
    }

    private static async Task ExportAsync(string file, HttpContext context)
    {
        var format = ExportFormats.Find(file);
        if (format is null)
        {
            await ProblemAsync(context, StatusCodes.Status404NotFound, new ClaimGraphException(ErrorCode.NotFound,
                $"No export '{file}'; use one of {string.Join(", ", ExportFormats.All.Select(f => "/export/" + f.FileName))}."));
            return;
        }

        GraphSlice slice;
        try
        {
            var options = context.RequestServices.GetRequiredService<IOptions<GraphOptions>>().Value;
            var focus = ExportQuery.Parse(name => context.Request.Query[name].OfType<string>().ToList(), options);
            slice = await context.RequestServices.GetRequiredService<GraphSliceBuilder>().BuildAsync(focus, context.RequestAborted);
        }
        catch (ClaimGraphException ex)
        {
            await ProblemAsync(context, ex.Code == ErrorCode.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, ex);
            return;
        }

        var response = context.Response;
        response.ContentType = format.ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"claimgraph-{format.FileName}\"";
        response.Headers["X-ClaimGraph-Truncated"] = slice.Truncated ? "true" : "false";
        response.Headers["X-ClaimGraph-Nodes"] = slice.Nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await format.Writer.WriteAsync(slice, response.Body, context.RequestAborted);
    }

    private static Task ProblemAsync(HttpContext context, int status, ClaimGraphException error)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new { error = new { code = error.Code, message = error.Message, field = error.Field } };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
