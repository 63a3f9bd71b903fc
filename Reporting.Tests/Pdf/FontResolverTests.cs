using Reporting.Core.Pdf.Fonts;

namespace Reporting.Tests.Pdf;

public sealed class FontResolverTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "fonts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Load_NoFolder_UsesTheShippedDejaVuSans()
    {
        using var fonts = FontResolver.Load(new FontResolverOptions(null, SystemFallback: false));

        Assert.That(fonts.Regular.FamilyName, Is.EqualTo("DejaVu Sans"));
        Assert.That(fonts.Bold.FamilyName, Is.EqualTo("DejaVu Sans"));
        Assert.That(fonts.Regular.Data, Is.EqualTo(ShippedFonts.Regular));
        Assert.That(fonts.Bold.Data, Is.EqualTo(ShippedFonts.Bold));
        Assert.That(fonts.Bold.Data, Is.Not.EqualTo(fonts.Regular.Data));
    }

    [Test]
    public void Resolve_EmptyFolder_MessageNamesFolderFamiliesAndFix()
    {
        Assert.That(
            () => FontResolver.Resolve(_folder),
            Throws.TypeOf<FontNotFoundException>()
                .With.Message.Contains(_folder)
                .And.Message.Contains("DejaVu Sans (DejaVuSans.ttf, DejaVuSans-Bold.ttf)")
                .And.Message.Contains("Liberation Sans (LiberationSans-Regular.ttf, LiberationSans-Bold.ttf)")
                .And.Message.Contains("FUNDREPORTS_FONTS")
                .And.Message.Contains("built-in DejaVu Sans"));
    }

    [Test]
    public void Resolve_MissingFolder_SaysItDoesNotExist()
    {
        var missing = Path.Combine(_folder, "nowhere");

        Assert.That(() => FontResolver.Resolve(missing), Throws.TypeOf<FontNotFoundException>().With.Message.Contains(missing + " (it does not exist)"));
    }

    [Test]
    public void Load_FolderWithPair_UsesTheFolder()
    {
        File.WriteAllBytes(Path.Combine(_folder, "LiberationSans-Regular.ttf"), ShippedFonts.Bold);
        File.WriteAllBytes(Path.Combine(_folder, "LiberationSans-Bold.ttf"), ShippedFonts.Regular);

        var files = FontResolver.Resolve(_folder);
        using var fonts = FontResolver.Load(new FontResolverOptions(_folder, SystemFallback: false));

        Assert.That(files, Is.EqualTo(new FontFiles(Path.Combine(_folder, "LiberationSans-Regular.ttf"), Path.Combine(_folder, "LiberationSans-Bold.ttf"))));
        Assert.That(fonts.Regular.Data, Is.EqualTo(ShippedFonts.Bold), "the folder's regular file, not the shipped one");
    }

    [Test]
    public void Load_FolderWithRegularOnly_ThrowsInsteadOfSilentlyUsingOtherFonts()
    {
        File.WriteAllBytes(Path.Combine(_folder, "DejaVuSans.ttf"), ShippedFonts.Regular);

        Assert.That(() => FontResolver.Load(new FontResolverOptions(_folder)), Throws.TypeOf<FontNotFoundException>().With.Message.Contains(_folder));
    }

    [Test]
    public void FromEnvironment_VariableSet_UsesItsFolder()
    {
        var options = FontResolverOptions.FromEnvironment(name => name == "FUNDREPORTS_FONTS" ? "/opt/fonts" : null);

        Assert.That(options, Is.EqualTo(new FontResolverOptions("/opt/fonts")));
    }
}
