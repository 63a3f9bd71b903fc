using Reporting.Core.Storage;

namespace Reporting.Tests.Storage;

/// <summary>What the import session may take as new without asking the store: only a key of a project the import
/// added, not written before in the import; everything else is for the store to tell.</summary>
public class NewKeysTests
{
    private static RecordKey Voucher(string project, string voucher) => new(RecordKind.Expenditures, project, voucher);

    [Test]
    public void IsNew_KeyOfAnAddedProject_IsNewOnceOnly()
    {
        var keys = new NewKeys();
        keys.ProjectAdded("N1");

        Assert.That(keys.IsNew(Voucher("N1", "V1")), Is.True);
        Assert.That(keys.IsNew(Voucher("N1", "V2")), Is.True);
        Assert.That(keys.IsNew(Voucher("N1", "V1")), Is.False, "written before: the store tells whether it is a duplicate");
    }

    [Test]
    public void IsNew_KeyOfAProjectStoredBefore_IsForTheStore()
    {
        var keys = new NewKeys();
        keys.ProjectAdded("N1");

        Assert.That(keys.IsNew(Voucher("OLD", "V1")), Is.False);
        Assert.That(keys.IsNew(Voucher("OLD", "V1")), Is.False);
    }

    [Test]
    public void FirstLook_StoredProject_IsTrueOnceAndANoteMakesItsKeysNew()
    {
        var keys = new NewKeys();
        keys.ProjectAdded("N1");

        Assert.That(keys.FirstLook("N1"), Is.False, "an added project needs no look");
        Assert.That(keys.FirstLook("OLD"), Is.True);
        Assert.That(keys.FirstLook("OLD"), Is.False);
        Assert.That(keys.IsNew(Voucher("OLD", "V1")), Is.False, "looked at, not found empty: for the store");

        Assert.That(keys.FirstLook("EMPTY"), Is.True);
        keys.ProjectAdded("EMPTY");
        Assert.That(keys.IsNew(Voucher("EMPTY", "V1")), Is.True);
        Assert.That(keys.IsNew(Voucher("EMPTY", "V1")), Is.False);
    }

    [Test]
    public void IsNew_ProjectLeftForFourOthers_IsForTheStoreFromThenOn()
    {
        var keys = new NewKeys();
        foreach (var p in new[] { "N1", "N2", "N3", "N4", "N5" })
        {
            keys.ProjectAdded(p);
            Assert.That(keys.IsNew(Voucher(p, "V1")), Is.True);
        }

        Assert.That(keys.IsNew(Voucher("N1", "V2")), Is.False, "N1's keys were let go for N5's");
        Assert.That(keys.IsNew(Voucher("N2", "V2")), Is.True, "the four last projects are kept");
        Assert.That(keys.IsNew(Voucher("N5", "V2")), Is.True);
    }

    [Test]
    public void IsNew_ProjectLetGo_IsForTheStore()
    {
        var keys = new NewKeys();
        keys.ProjectAdded("N1");
        Assert.That(keys.IsNew(Voucher("N1", "V1")), Is.True);

        keys.LetGo("N1");

        Assert.That(keys.IsNew(Voucher("N1", "V2")), Is.False);
    }

    [Test]
    public void Hash_KeysWhosePartsJoinToTheSameText_Differ()
    {
        var a = new RecordKey(RecordKind.Placements, "N1", "AB", "2020-01-01", "employment");
        var b = new RecordKey(RecordKind.Placements, "N1", "A", "B2020-01-01", "employment");

        Assert.That(NewKeys.Hash(a), Is.Not.EqualTo(NewKeys.Hash(b)));
    }
}
