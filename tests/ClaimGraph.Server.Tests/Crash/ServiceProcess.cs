using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ClaimGraph.Server.Tests.Api;

namespace ClaimGraph.Server.Tests.Crash;

/// <summary>
/// The real service (the built ClaimGraph.Server.dll) as a child process: `dotnet ClaimGraph.Server.dll
/// ARGS --ClaimGraph:DataDirectory=...`, as a server or a CLI verb. Kill() is SIGKILL: no shutdown code runs.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(ServerDll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri? Address { get; private init; }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The server's build output; the test project references the server, so it is built with the tests.</summary>
    public static string ServerDll { get; } = Path.Combine(AppContext.BaseDirectory, "ClaimGraph.Server.dll");

    public static ServiceProcess Run(params string[] arguments) => new(arguments);

    public static async Task<ServiceProcess> StartServerAsync(string dataDirectory)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var service = new ServiceProcess(
            [
                "--urls", address.ToString().TrimEnd('/'), $"--ClaimGraph:DataDirectory={dataDirectory}",
                $"--ClaimGraph:Seed:Directory={Path.Combine(RepositoryRoot.Path, "seeds")}",
            ])
        { Address = address };
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (service.HasExited)
                throw new InvalidOperationException($"The service exited with {service.ExitCode}:\n{service.Output}");
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                    return service;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        service.Kill();
        throw new TimeoutException($"The service did not answer /health within 60 s:\n{service.Output}");
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(limit.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        if (_process.HasExited)
            return;
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
