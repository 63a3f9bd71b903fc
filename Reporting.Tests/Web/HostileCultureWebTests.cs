using System.Globalization;

namespace Reporting.Tests.Web;

/// <summary>Pages and API under tr-TR (dotted/dotless i) and fa-IR (Persian calendar and digits) are exactly what an
/// invariant run gives: the app never formats with the thread's culture.</summary>
public class HostileCultureWebTests
{
    private static readonly string[] Paths =
    [
        "/?stichtag=26.03.2019&sort=-zielerreichung",
        "/projekte/ST-UN?zeitraum=2018-Q4&stichtag=2019-03-26",
        "/projekte/ST-UN/diagramme/spending_by_category.svg?zeitraum=2018-Q4",
        "/api/targets?as_of=2019-03-26&program=ST-NRW",
        "/api/projects/SCLA-DO/figures?period=2018-07-01..2018-12-31",
    ];

    private static async Task<string[]> Bodies(CultureInfo culture)
    {
        // The server handles requests on pool threads, which take the default culture, not the test thread's.
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
        try
        {
            await using var site = await WebSite.Start();
            var bodies = new List<string>();
            foreach (var path in Paths)
            {
                bodies.Add($"{path}\n{(await site.GetText(path)).Body}");
            }
            return [.. bodies];
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = previous;
        }
    }

    private static string Around(string text, int at) => text[Math.Max(0, at - 60)..Math.Min(text.Length, at + 60)];

    [TestCase("tr-TR")]
    [TestCase("fa-IR")]
    public async Task Site_HostileCulture_SameBytesAsTheInvariantRun(string culture)
    {
        var invariant = await Bodies(CultureInfo.InvariantCulture);

        var hostile = await Bodies(CultureInfo.GetCultureInfo(culture));

        for (var i = 0; i < Paths.Length; i++)
        {
            if (hostile[i] != invariant[i])
            {
                var at = Enumerable.Range(0, Math.Min(hostile[i].Length, invariant[i].Length)).FirstOrDefault(k => hostile[i][k] != invariant[i][k]);
                Assert.Fail($"{Paths[i]} differs at {at}: '{Around(invariant[i], at)}' (invariant) against '{Around(hostile[i], at)}' ({culture})");
            }
        }
        Assert.That(hostile[0], Does.Contain("71,9 %").And.Contain("26.03.2019"));
    }
}
