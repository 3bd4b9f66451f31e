/**
 * A full recalculation, so that cells already showing AMZN figures follow the cards setting at once
 * (a change of setting dirties no cell: Excel's ordinary recalculation would leave them as they
 * are). One queued call, one sync. Application.calculate: ExcelApi 1.1.
 */
export async function recalculateAll(context: Excel.RequestContext): Promise<void> {
  context.workbook.application.calculate("Full");
  await context.sync();
}
