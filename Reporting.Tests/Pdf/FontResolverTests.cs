using Reporting.Core.Pdf.Fonts;

namespace Reporting.Tests.Pdf;

public sealed class FontResolverTests
{
    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "fonts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Resolve_EmptyFolderAndNoSystemFonts_MessageNamesPlacesFamiliesAndFix()
    {
        var options = new FontResolverOptions(folder, SearchSystemFonts: false);

        Assert.That(
            () => FontResolver.Resolve(options),
            Throws.TypeOf<FontNotFoundException>()
                .With.Message.Contains(folder)
                .And.Message.Contains("DejaVu Sans (DejaVuSans.ttf, DejaVuSans-Bold.ttf)")
                .And.Message.Contains("Liberation Sans (LiberationSans-Regular.ttf, LiberationSans-Bold.ttf)")
                .And.Message.Contains("apt-get install fonts-dejavu-core")
                .And.Message.Contains("FUNDREPORTS_FONTS"));
    }

    [Test]
    public void Resolve_FolderWithPair_PrefersFolderOverSystem()
    {
        File.Copy(TestFontPaths.Regular, Path.Combine(folder, "LiberationSans-Regular.ttf"));
        File.Copy(TestFontPaths.Bold, Path.Combine(folder, "LiberationSans-Bold.ttf"));

        var files = FontResolver.Resolve(new FontResolverOptions(folder));

        Assert.That(files, Is.EqualTo(new FontFiles(Path.Combine(folder, "LiberationSans-Regular.ttf"), Path.Combine(folder, "LiberationSans-Bold.ttf"))));
    }

    [Test]
    public void Resolve_FolderWithRegularOnly_FallsBackToSystem()
    {
        File.Copy(TestFontPaths.Regular, Path.Combine(folder, "DejaVuSans.ttf"));

        var files = FontResolver.Resolve(new FontResolverOptions(folder));

        Assert.That(files.Regular, Does.Not.StartWith(folder));
    }

    [Test]
    public void FromEnvironment_VariableSet_UsesItsFolder()
    {
        var options = FontResolverOptions.FromEnvironment(name => name == "FUNDREPORTS_FONTS" ? "/opt/fonts" : null);

        Assert.That(options, Is.EqualTo(new FontResolverOptions("/opt/fonts")));
    }

    private static class TestFontPaths
    {
        private static readonly FontFiles System = FontResolver.Resolve(new FontResolverOptions(null));

        public static string Regular => System.Regular;

        public static string Bold => System.Bold;
    }
}
