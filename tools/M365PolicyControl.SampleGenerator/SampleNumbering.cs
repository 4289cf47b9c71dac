using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.SampleGenerator;

/// <summary>numbering.xml: one bullet list definition, and one decimal definition restarted for every numbered list.</summary>
internal sealed class SampleNumbering
{
    public const int BulletId = 1;
    private const int BulletAbstract = 1;
    private const int DecimalAbstract = 2;
    private int _nextNumId = BulletId + 1;

    /// <summary>A new numbering instance so that each list of steps starts at 1.</summary>
    public int NewNumberedList() => _nextNumId++;

    public Numbering Build()
    {
        var numbering = new Numbering(
            Abstract(BulletAbstract, NumberFormatValues.Bullet, "\u2022"),
            Abstract(DecimalAbstract, NumberFormatValues.Decimal, "%1."),
            new NumberingInstance(new AbstractNumId { Val = BulletAbstract }) { NumberID = BulletId });
        for (var id = BulletId + 1; id < _nextNumId; id++)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = DecimalAbstract },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            { NumberID = id });
        }

        return numbering;
    }

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text) => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { LevelIndex = 0 })
    { AbstractNumberId = id };
}
