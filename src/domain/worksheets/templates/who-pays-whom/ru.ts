/** The words of "Who should pay whom?" in Russian: exactly the English keys (checked here and by src/i18n). */
import type { TemplateCatalogue } from '../../template';
import type { en } from './en';

export const ru = {
  'worksheets.template.who_pays_whom.title': 'Кто кому должен?',
  'worksheets.template.who_pays_whom.description':
    'Работа пошла не так. Найдите справедливое решение для вас, клиента и субподрядчика.',
  'worksheets.fact.jobAmount': 'Счёт за заказ',
  'worksheets.fact.paidSoFar': 'Уже оплачено',
  'worksheets.fact.subcontractorCost': 'Цена субподрядчика',
  'worksheets.fact.paidToSubcontractor': 'Выплачено субподрядчику',
  'worksheets.question.clientShare': 'Какую часть работы клиенту пришлось сделать самому?',
  'worksheets.question.clientCost': 'Во что это обошлось клиенту?',
  'worksheets.question.fault': 'Чья это вина?',
  'worksheets.question.clientWorth':
    'Сколько этот клиент будет приносить вам в год с этого момента?',
  'worksheets.choice.fault.mine': 'Моя',
  'worksheets.choice.fault.subcontractor': 'Субподрядчика',
  'worksheets.choice.fault.shared': 'Общая',
  'worksheets.choice.fault.nobody': 'Ничья',
  'worksheets.choice.fault.client': 'Клиента',
  'worksheets.money.costOfGoodwill': 'Скидка и выплата клиенту',
  'worksheets.money.subcontractorBears': 'За счёт субподрядчика',
  'worksheets.money.netCost': 'Ваши чистые расходы',
  'worksheets.money.clientWorth': 'Ценность клиента для вас с этого момента',
  'worksheets.factor.who_pays_whom.fault': 'Чья вина',
  'worksheets.factor.who_pays_whom.clientShare': 'Работа, сделанная клиентом',
  'worksheets.factor.who_pays_whom.worth': 'Расходы в сравнении с ценностью клиента',
  'worksheets.factor.who_pays_whom.tenure': 'Как долго вы работаете вместе',
  'worksheets.who_pays_whom.summary.trustAtStake':
    'Заказ выполнялся под вашим именем, а клиенту ({name}) пришлось вмешаться: на кону его доверие.',
  'worksheets.who_pays_whom.summary.clientsOwnDoing':
    'Проблема возникла на стороне клиента: счёт остаётся в силе.',
  'worksheets.who_pays_whom.reason.yourSide':
    'Вина лежит на вашей стороне, хотя бы отчасти: для клиента ваш субподрядчик — это вы.',
  'worksheets.who_pays_whom.reason.notYourSide': 'Вашей вины здесь нет.',
  'worksheets.who_pays_whom.reason.theyDidWork':
    'Клиенту пришлось самому сделать {clientShare}% работы.',
  'worksheets.who_pays_whom.reason.theyDidNone': 'Клиенту не пришлось ничего доделывать самому.',
  'worksheets.who_pays_whom.reason.worthIt':
    'Отказ от счёта на {jobAmount} — немного по сравнению с {clientWorth}: во столько вы оцениваете этого клиента.',
  'worksheets.who_pays_whom.reason.notWorthIt':
    'Отказ от счёта на {jobAmount} — много по сравнению с {clientWorth}: во столько вы оцениваете этого клиента.',
  'worksheets.who_pays_whom.reason.longTenure': 'Вы работаете вместе уже {tenureMonths} мес.',
  'worksheets.who_pays_whom.reason.shortTenure': 'Отношения только начались ({tenureMonths} мес.).',
  'worksheets.who_pays_whom.action.avoidSubcontractor':
    'Больше не отправляйте этого субподрядчика ({subcontractor}) на заказы этого клиента.',
  'worksheets.who_pays_whom.action.preventRepeat':
    'Разберитесь, как это случилось, и измените то, что нужно, чтобы это не повторилось.',
  'worksheets.option.bill_in_full': 'Выставить счёт полностью',
  'worksheets.option.bill_in_full.hint': 'Счёт остаётся как есть.',
  'worksheets.option.credit_share': 'Уменьшить счёт',
  'worksheets.option.credit_share.hint':
    'Вычесть стоимость работы, которую клиент сделал сам, или сделать скидку в знак доброй воли.',
  'worksheets.option.waive_all': 'Отказаться от всего счёта',
  'worksheets.option.waive_all.hint': 'Не брать с клиента плату за этот заказ.',
  'worksheets.option.waive_and_pay': 'Отказаться от счёта и компенсировать',
  'worksheets.option.waive_and_pay.hint':
    'Не брать плату и возместить клиенту работу, которую ему пришлось сделать самому.',
  'worksheets.message.who_pays_whom.bill_in_full':
    'Здравствуйте, {name}!\n\nСпасибо за терпение при выполнении работы «{job}». Теперь работа завершена, и счёт остаётся в согласованном размере. Если у вас есть вопросы, пожалуйста, дайте знать.\n\nС уважением.',
  'worksheets.message.who_pays_whom.credit_share':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано. Счёт за неё уменьшен на {credit}, так что к оплате остаётся {amount}. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.who_pays_whom.waive_all':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано. Обещание, данное вам, не выполнено, поэтому плату за эту работу я с вас не возьму. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.message.who_pays_whom.waive_and_pay':
    'Здравствуйте, {name}!\n\nПрошу прощения, что работа «{job}» прошла не так, как было обещано, и вашим сотрудникам пришлось вмешаться. Плату за эту работу я с вас не возьму и перечисляю вам {payClient} в качестве компенсации за работу, которую вам пришлось выполнить. Такое больше не повторится.\n\nСпасибо за понимание.',
  'worksheets.effect.pay_client': 'Записать выплату {amount}, получатель: {name}',
  'worksheets.effect.charge_back': 'Записать возврат {amount}, плательщик: {name}',
  'worksheets.effect.forfeit':
    'Удержать {amount} из оплаты субподрядчику за заказ ({subcontractor}) — как возврат',
  'worksheets.effect.avoid_subcontractor':
    'Заметка в карточке «{name}»: больше не отправлять субподрядчика ({subcontractor})',
  'worksheets.note.avoidSubcontractor':
    'Больше не отправлять на их заказы субподрядчика: {subcontractor} (согласовано {day}).',
  'worksheets.needs.wentWrong':
    'Заказ «{job}» пошёл не так (клиент: {name}, субподрядчик: {subcontractor}).',
  'worksheets.decision.payClient': 'Выплата клиенту',
  'worksheets.decision.subcontractorBears': 'За счёт субподрядчика',
  'worksheets.decision.avoidSubcontractor':
    'Больше не привлекать этого субподрядчика ({subcontractor}) к заказам клиента ({name})',
} as const satisfies TemplateCatalogue & Record<keyof typeof en, unknown>;
