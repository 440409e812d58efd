import { html, nothing, type TemplateResult } from 'lit';
import type { Tie } from '@toile/core';
import { tieFacts, type DescribeContext } from './ecomap-describe.js';

/** The table view: one row per tie, the same facts as the map's accessible names. */
export function renderTable(
  ctx: DescribeContext,
  ties: readonly Tie[],
  tenantName: string,
  onEdit: ((tieId: string) => void) | undefined,
): TemplateResult {
  const { l10n } = ctx;
  return html`<div class="table-wrap" part="table">
    <table>
      <caption>
        ${l10n.t('ecomap.tableCaption', { name: tenantName })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${l10n.t('ecomap.colName')}</th>
          <th scope="col">${l10n.t('ecomap.colSector')}</th>
          <th scope="col">${l10n.t('ecomap.colStrength')}</th>
          <th scope="col">${l10n.t('ecomap.colFlow')}</th>
          <th scope="col">${l10n.t('ecomap.colSupport')}</th>
          <th scope="col">${l10n.t('ecomap.colFrequency')}</th>
          <th scope="col">${l10n.t('ecomap.colOther')}</th>
          ${onEdit ? html`<td></td>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${ties.map((tie) => {
          const f = tieFacts(ctx, tie);
          return html`<tr data-tie=${tie.id}>
            <th scope="row">${f.name}</th>
            <td>${f.sector}</td>
            <td>${f.strength}</td>
            <td>${f.flow}</td>
            <td>${f.support}</td>
            <td>${f.frequency}</td>
            <td>${f.other.join(', ')}${tie.notes ? html`<br />${tie.notes}` : nothing}</td>
            ${
              onEdit
                ? html`<td>
                    <button
                      type="button"
                      aria-label=${`${l10n.t('ecomap.edit')} : ${f.name}`}
                      @click=${() => {
                        onEdit(tie.id);
                      }}
                    >
                      ${l10n.t('ecomap.edit')}
                    </button>
                  </td>`
                : nothing
            }
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
