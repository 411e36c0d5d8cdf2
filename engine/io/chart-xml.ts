/**
 * DrawingML for the Dashboard's bar charts (exceljs writes no charts). Each chart references the Dashboard's cells
 * and also carries a cache of their values, so Excel and LibreOffice draw it on open without recalculating.
 */
import { xmlChars } from './safe-text';

/** One data series: its name cell, its value cells and the values themselves. */
export interface ChartSeries {
  nameRef: string;
  name: string;
  valuesRef: string;
  values: number[];
  /** Fill colour, RRGGBB. */
  color: string;
}

/** A clustered bar chart: vertical columns (`col`) or horizontal bars (`bar`). */
export interface ChartSpec {
  title: string;
  direction: 'col' | 'bar';
  categoriesRef: string;
  categories: string[];
  series: ChartSeries[];
  /** Cell box (0-based column/row of the top-left cell, size in cells) the chart is drawn over. */
  anchor: { col: number; row: number; cols: number; rows: number };
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** XML-escape text content and attribute values (characters XML cannot carry become U+FFFD). */
export function xmlEscape(text: string): string {
  return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly number[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function seriesXml(spec: ChartSpec, s: ChartSeries, i: number): string {
  return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`
    + `<c:tx><c:strRef><c:f>${xmlEscape(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>`
    + `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
    + `<c:cat><c:strRef><c:f>${xmlEscape(spec.categoriesRef)}</c:f>${strCache(spec.categories)}</c:strRef></c:cat>`
    + `<c:val><c:numRef><c:f>${xmlEscape(s.valuesRef)}</c:f>${numCache(s.values)}</c:numRef></c:val></c:ser>`;
}

/** The chart part (xl/charts/chartN.xml) of a spec. */
export function chartXml(spec: ChartSpec): string {
  const horizontal = spec.direction === 'bar';
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>`
    + `<a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${xmlEscape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>`
    + `<c:overlay val="0"/></c:title>`;
  // Horizontal bars list the first category at the top, as the table beside them does.
  const catAx = `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>`
    + `<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>`
    + `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/>`
    + `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx = `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>`
    + `<c:axPos val="${horizontal ? 't' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/>`
    + `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/>`
    + `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  const legend = spec.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '';
  return `${XML_HEAD}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>`
    + `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>`
    + `<c:barChart><c:barDir val="${spec.direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>`
    + spec.series.map((s, i) => seriesXml(spec, s, i)).join('')
    + `<c:gapWidth val="80"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>${catAx}${valAx}</c:plotArea>`
    + `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

/** The drawing part placing the charts over the sheet; chart i is relationship `rId{i+1}`. */
export function drawingXml(specs: readonly ChartSpec[]): string {
  const anchors = specs.map((s, i) => {
    const { col, row, cols, rows } = s.anchor;
    return `<xdr:twoCellAnchor editAs="oneCell">`
      + `<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`
      + `<xdr:to><xdr:col>${col + cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`
      + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
      + `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">`
      + `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame>`
      + `<xdr:clientData/></xdr:twoCellAnchor>`;
  }).join('');
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors}</xdr:wsDr>`;
}

/** A relationships part listing `targets` as rId1, rId2, ... of one type. */
export function relsXml(type: 'chart' | 'drawing', targets: readonly string[]): string {
  const rels = targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/${type}" Target="${xmlEscape(t)}"/>`).join('');
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}
