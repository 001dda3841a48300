using System.Net;
using ClaimGraph.Server.Auth;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace ClaimGraph.Server.Tests.Safety;

/// <summary>The key rules that need no server: hashing, and the loopback rule when no key is configured.</summary>
public sealed class ApiKeyAuthenticatorTests
{
    [Fact]
    public void The_hash_is_sha256_of_the_utf8_key_in_lowercase_hex()
    {
        // printf %s 'abc' | sha256sum
        Assert.Equal("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeyHash.Compute("abc"));
        Assert.NotNull(ApiKeyHash.Parse(ApiKeyHash.Compute("abc").ToUpperInvariant().Replace("SHA256:", "sha256:", StringComparison.Ordinal)));
        Assert.Null(ApiKeyHash.Parse("abc"));
        Assert.Null(ApiKeyHash.Parse("sha256:1234"));
    }

    [Fact]
    public void Without_keys_loopback_is_the_local_admin_and_other_addresses_are_anonymous()
    {
        var authenticator = Authenticator(new AuthOptions());

        Assert.Equal(AccessRole.Admin, ApiKeyAuthenticator.RoleOf(authenticator.Authenticate(null, IPAddress.Loopback)));
        Assert.Equal(AccessRole.Admin, ApiKeyAuthenticator.RoleOf(authenticator.Authenticate(null, IPAddress.IPv6Loopback)));
        Assert.Equal("local", authenticator.Authenticate(null, IPAddress.Loopback).Identity!.Name);
        Assert.Equal(AccessRole.None, ApiKeyAuthenticator.RoleOf(authenticator.Authenticate(null, IPAddress.Parse("192.0.2.7"))));
        Assert.Equal(AccessRole.None, ApiKeyAuthenticator.RoleOf(authenticator.Authenticate(null, null)));
    }

    [Fact]
    public void Configuring_a_key_ends_the_loopback_rule_and_unknown_keys_are_marked_rejected()
    {
        var options = new AuthOptions();
        options.Keys.Add(new ApiKeyOptions { Name = "ops", Hash = ApiKeyHash.Compute("ops-key-0123456789abcdef"), Role = AccessRole.Write });
        var authenticator = Authenticator(options);

        Assert.Equal(AccessRole.None, ApiKeyAuthenticator.RoleOf(authenticator.Authenticate(null, IPAddress.Loopback)));
        var ops = authenticator.Authenticate("ops-key-0123456789abcdef", IPAddress.Parse("192.0.2.7"));
        Assert.Equal(AccessRole.Write, ApiKeyAuthenticator.RoleOf(ops));
        Assert.Equal("ops", ops.Identity!.Name);
        var wrong = authenticator.Authenticate("ops-key-0123456789abcdeX", IPAddress.Loopback);
        Assert.True(ApiKeyAuthenticator.IsRejected(wrong));
        Assert.Equal(AccessRole.None, ApiKeyAuthenticator.RoleOf(wrong));
    }

    [Fact]
    public void Loopback_writes_can_be_switched_off()
    {
        var authenticator = Authenticator(new AuthOptions { LoopbackWhenNoKeys = false });

        Assert.Equal(AccessRole.None, ApiKeyAuthenticator.RoleOf(authenticator.Authenticate(null, IPAddress.Loopback)));
    }

    [Fact]
    public async Task The_hash_key_verb_hashes_standard_input_and_refuses_short_keys()
    {
        var output = await RunHashKeyAsync("  ops-key-0123456789abcdef  \n");
        Assert.Equal((0, ApiKeyHash.Compute("ops-key-0123456789abcdef")), (output.Code, output.Out.Trim()));

        var refused = await RunHashKeyAsync("short\n");
        Assert.Equal(2, refused.Code);
        Assert.Equal("", refused.Out);
    }

    private static async Task<(int Code, string Out)> RunHashKeyAsync(string input)
    {
        var (stdin, stdout, stderr) = (Console.In, Console.Out, Console.Error);
        using var reader = new StringReader(input);
        using var writer = new StringWriter();
        using var errors = new StringWriter();
        Console.SetIn(reader);
        Console.SetOut(writer);
        Console.SetError(errors);
        try
        {
            var code = await new ClaimGraph.Server.Cli.HashKeyVerb().RunAsync(null!, [], CancellationToken.None);
            return (code, writer.ToString());
        }
        finally
        {
            Console.SetIn(stdin);
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    private static ApiKeyAuthenticator Authenticator(AuthOptions options) =>
        new(new FixedOptionsMonitor<AuthOptions>(options), NullLogger<ApiKeyAuthenticator>.Instance);
}
