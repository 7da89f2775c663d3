/**
 * Imitations of the networks' own moderation controls, added to fixture pages in e2e tests:
 * what the page does when an administrator clicks "delete" or "block", as the adapters' selectors
 * expect it (utils/sites/<site>/selectors.ts; the VK stub and ban dialog are marked there as the
 * newest guess). The script runs in the page's own world, like the network's code.
 */
const VK = String.raw`
window.__normaBans = [];
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const del = target && target.closest('.reply_delete_button');
  if (del) {
    event.preventDefault();
    const reply = del.closest('.reply');
    setTimeout(() => {
      const stub = document.createElement('div');
      stub.className = 'dld';
      stub.append('Комментарий удалён. ');
      const restore = document.createElement('a');
      restore.textContent = 'Восстановить';
      const ban = document.createElement('a');
      ban.className = 'dld_ban';
      ban.setAttribute('role', 'button');
      ban.textContent = 'Заблокировать автора';
      stub.append(restore, ' · ', ban);
      reply.replaceWith(stub);
    }, 120);
    return;
  }
  if (target && target.closest('.dld_ban')) {
    const box = document.createElement('div');
    box.className = 'popup_box_container';
    const layout = document.createElement('div');
    layout.className = 'box_layout';
    const select = document.createElement('select');
    select.name = 'reason';
    for (const [value, label] of [['0', 'Другое'], ['1', 'Спам'], ['2', 'Оскорбление участников'], ['3', 'Нецензурные выражения'], ['4', 'Флуд']]) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = label;
      select.append(option);
    }
    const body = document.createElement('div');
    body.className = 'box_body';
    const confirm = document.createElement('button');
    confirm.className = 'flat_button ban_confirm';
    confirm.textContent = 'В чёрный список';
    layout.append(body, select, confirm);
    box.append(layout);
    document.body.append(box);
    return;
  }
  if (target && target.closest('.ban_confirm')) {
    const layout = target.closest('.box_layout');
    window.__normaBans.push(layout.querySelector('select').value);
    setTimeout(() => {
      layout.querySelector('.box_body').textContent = 'Пользователь добавлен в чёрный список.';
      layout.querySelector('.ban_confirm').remove();
    }, 120);
  }
});`;

const OK = String.raw`
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const remove = target && target.closest('a.comments_remove');
  if (!remove) return;
  event.preventDefault();
  const comment = remove.closest('.comments_i');
  setTimeout(() => {
    comment.classList.add('__deleted');
    const stub = document.createElement('div');
    stub.className = 'delete-stub_info';
    stub.append('Комментарий удалён. ');
    const undo = document.createElement('a');
    undo.className = 'delete-stub_cancel';
    undo.textContent = 'Восстановить';
    stub.append(undo);
    comment.replaceChildren(stub);
  }, 120);
});`;

/** The fixture with the network's imitated controls wired in. */
export function withNativeControls(html: string, network: 'vk' | 'ok'): string {
  const script = `<script>${network === 'vk' ? VK : OK}</script>`;
  return html.includes('</body>') ? html.replace('</body>', `${script}</body>`) : html + script;
}
