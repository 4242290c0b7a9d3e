<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name>CarriedOverMarks</name>
    <message numerus="yes">
        <source>%n đoạn giữ nguyên từ quý trước</source>
        <translation>
            <numerusform>%n đoạn giữ nguyên từ quý trước</numerusform>
        </translation>
    </message>
    <message>
        <source>Đánh dấu đoạn giữ nguyên từ quý trước</source>
        <translation>Đánh dấu đoạn giữ nguyên từ quý trước</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>So sánh: %1</source>
        <translation>So sánh: %1</translation>
    </message>
    <message>
        <source>So với:</source>
        <translation>So với:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;%1&apos;&gt;chữ thêm mới&lt;/span&gt; · &lt;span style=&apos;%2&apos;&gt;chữ đã bỏ&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;%1&apos;&gt;chữ thêm mới&lt;/span&gt; · &lt;span style=&apos;%2&apos;&gt;chữ đã bỏ&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Không mở được báo cáo này để so sánh.</source>
        <translation>Không mở được báo cáo này để so sánh.</translation>
    </message>
    <message>
        <source>Giữ nguyên %1 đoạn, sửa %2, thêm %3, bỏ %4.</source>
        <translation>Giữ nguyên %1 đoạn, sửa %2, thêm %3, bỏ %4.</translation>
    </message>
    <message>
        <source>Lấy lại đoạn này</source>
        <translation>Lấy lại đoạn này</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Báo cáo được sửa ở cả hai máy</source>
        <translation>Báo cáo được sửa ở cả hai máy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bản trên máy này&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bản trên máy này&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bản từ tệp kia&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bản từ tệp kia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Giữ bản này</source>
        <translation>Giữ bản này</translation>
    </message>
    <message>
        <source>Lấy bản kia</source>
        <translation>Lấy bản kia</translation>
    </message>
    <message>
        <source>Lấy cả thông tin chung của bản kia (kỳ, số, ngày, người ký, nơi nhận)</source>
        <translation>Lấy cả thông tin chung của bản kia (kỳ, số, ngày, người ký, nơi nhận)</translation>
    </message>
    <message>
        <source>“%1” đã được sửa trên cả hai máy. Chọn bản muốn giữ cho từng phần khác nhau. Văn bản bị thay vẫn nằm trong Lịch sử của phần đó; bản từ tệp kia được chuyển vào thùng rác.</source>
        <translation>“%1” đã được sửa trên cả hai máy. Chọn bản muốn giữ cho từng phần khác nhau. Văn bản bị thay vẫn nằm trong Lịch sử của phần đó; bản từ tệp kia được chuyển vào thùng rác.</translation>
    </message>
    <message>
        <source>Để sau (giữ cả hai bản)</source>
        <translation>Để sau (giữ cả hai bản)</translation>
    </message>
</context>
<context>
    <name>ConsolidationWindow</name>
    <message>
        <source>Tổng hợp báo cáo của các đơn vị</source>
        <translation>Tổng hợp báo cáo của các đơn vị</translation>
    </message>
    <message>
        <source>Kỳ mới…</source>
        <translation>Kỳ mới…</translation>
    </message>
    <message>
        <source>Gom tệp của các đơn vị…</source>
        <translation>Gom tệp của các đơn vị…</translation>
    </message>
    <message>
        <source>Danh sách đơn vị…</source>
        <translation>Danh sách đơn vị…</translation>
    </message>
    <message>
        <source>Mở bản tổng hợp</source>
        <translation>Mở bản tổng hợp</translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Kỳ mới</source>
        <translation>Kỳ mới</translation>
    </message>
    <message>
        <source>Tổng hợp báo cáo của kỳ (ví dụ quý II/2026):</source>
        <translation>Tổng hợp báo cáo của kỳ (ví dụ quý II/2026):</translation>
    </message>
    <message>
        <source>“%1” không phải một kỳ báo cáo; viết như “quý II/2026”.</source>
        <translation>“%1” không phải một kỳ báo cáo; viết như “quý II/2026”.</translation>
    </message>
    <message>
        <source>Chọn báo cáo của các đơn vị</source>
        <translation>Chọn báo cáo của các đơn vị</translation>
    </message>
    <message>
        <source>Báo cáo (*.papi *.docx *.txt);;Mọi tệp (*)</source>
        <translation>Báo cáo (*.papi *.docx *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Đã gom %1 báo cáo, cập nhật %2, không gom %3 tệp.</source>
        <translation>Đã gom %1 báo cáo, cập nhật %2, không gom %3 tệp.</translation>
    </message>
    <message>
        <source>Danh sách đơn vị phải báo cáo</source>
        <translation>Danh sách đơn vị phải báo cáo</translation>
    </message>
    <message>
        <source>Mỗi dòng một đơn vị:</source>
        <translation>Mỗi dòng một đơn vị:</translation>
    </message>
    <message>
        <source>Chưa có bản tổng hợp nào. Bấm “Kỳ mới…” để bắt đầu.</source>
        <translation>Chưa có bản tổng hợp nào. Bấm “Kỳ mới…” để bắt đầu.</translation>
    </message>
    <message>
        <source>%1/%2 đơn vị có báo cáo; %3 ô trống; %4 đơn vị có bản mới hơn bản đã gom.</source>
        <translation>%1/%2 đơn vị có báo cáo; %3 ô trống; %4 đơn vị có bản mới hơn bản đã gom.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Chưa gửi báo cáo</source>
        <translation>Chưa gửi báo cáo</translation>
    </message>
    <message>
        <source>chưa gửi</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <source>Đơn vị chưa viết phần này</source>
        <translation>Đơn vị chưa viết phần này</translation>
    </message>
    <message>
        <source>Tệp của đơn vị đã thay đổi sau khi gom: hãy gom lại</source>
        <translation>Tệp của đơn vị đã thay đổi sau khi gom: hãy gom lại</translation>
    </message>
    <message>
        <source>Chèn</source>
        <translation>Chèn</translation>
    </message>
    <message>
        <source>Chèn tất cả</source>
        <translation>Chèn tất cả</translation>
    </message>
    <message>
        <source>đã chèn</source>
        <translation>đã chèn</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>Cơ sở dữ liệu báo cáo (*.papi);;Mọi tệp (*)</source>
        <translation>Cơ sở dữ liệu báo cáo (*.papi);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu mới</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Lưu bản sao thành</source>
        <translation>Lưu bản sao thành</translation>
    </message>
    <message>
        <source>Đã lưu bản sao</source>
        <translation>Đã lưu bản sao</translation>
    </message>
    <message>
        <source>Tệp đang mở không đọc được nữa, nên bản sao “%1” chỉ gồm báo cáo đang soạn, với mọi thay đổi trên màn hình. Khi tệp gốc dùng lại được, hãy mở tệp gốc rồi đưa bản sao vào bằng Tệp → Nhập từ cơ sở dữ liệu khác…</source>
        <translation>Tệp đang mở không đọc được nữa, nên bản sao “%1” chỉ gồm báo cáo đang soạn, với mọi thay đổi trên màn hình. Khi tệp gốc dùng lại được, hãy mở tệp gốc rồi đưa bản sao vào bằng Tệp → Nhập từ cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <source>Đã lưu bản sao, gồm cả những thay đổi chưa ghi được vào tệp đang mở: %1</source>
        <translation>Đã lưu bản sao, gồm cả những thay đổi chưa ghi được vào tệp đang mở: %1</translation>
    </message>
    <message>
        <source>Đã lưu bản sao: %1</source>
        <translation>Đã lưu bản sao: %1</translation>
    </message>
    <message>
        <source>Bản sao lưu tự động</source>
        <translation>Bản sao lưu tự động</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu tự động nào của tệp này. Mỗi ngày mở tệp, chương trình tự giữ một bản (7 ngày gần nhất).</source>
        <translation>Chưa có bản sao lưu tự động nào của tệp này. Mỗi ngày mở tệp, chương trình tự giữ một bản (7 ngày gần nhất).</translation>
    </message>
    <message>
        <source> (trước lần khôi phục)</source>
        <translation> (trước lần khôi phục)</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Chọn bản muốn khôi phục. Tệp hiện tại được giữ lại thành một bản sao lưu trước khi thay.</source>
        <translation>Chọn bản muốn khôi phục. Tệp hiện tại được giữ lại thành một bản sao lưu trước khi thay.</translation>
    </message>
    <message>
        <source>Không khôi phục được: %1</source>
        <translation>Không khôi phục được: %1</translation>
    </message>
    <message>
        <source>Đã khôi phục bản sao lưu ngày %1.</source>
        <translation>Đã khôi phục bản sao lưu ngày %1.</translation>
    </message>
    <message>
        <source>Nhập từ cơ sở dữ liệu khác</source>
        <translation>Nhập từ cơ sở dữ liệu khác</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Đã nhập</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Năm phải có 4 chữ số (ví dụ 2022).</source>
        <translation>Năm phải có 4 chữ số (ví dụ 2022).</translation>
    </message>
    <message>
        <source>Chưa gõ ngày. Hãy gõ ngày/tháng/năm, ví dụ 15/07/2022.</source>
        <translation>Chưa gõ ngày. Hãy gõ ngày/tháng/năm, ví dụ 15/07/2022.</translation>
    </message>
    <message>
        <source>Gõ liền thì cần đủ 8 chữ số ngày-tháng-năm, ví dụ 15072022; hoặc gõ có dấu /, ví dụ 15/7/2022.</source>
        <translation>Gõ liền thì cần đủ 8 chữ số ngày-tháng-năm, ví dụ 15072022; hoặc gõ có dấu /, ví dụ 15/7/2022.</translation>
    </message>
    <message>
        <source>Hãy gõ đủ ngày, tháng, năm, ví dụ 15/07/2022.</source>
        <translation>Hãy gõ đủ ngày, tháng, năm, ví dụ 15/07/2022.</translation>
    </message>
    <message>
        <source>Hãy gõ ngày trước, rồi tháng, rồi năm, ví dụ 15/07/2022.</source>
        <translation>Hãy gõ ngày trước, rồi tháng, rồi năm, ví dụ 15/07/2022.</translation>
    </message>
    <message>
        <source>Không có tháng %1 (tháng chỉ từ 1 đến 12).</source>
        <translation>Không có tháng %1 (tháng chỉ từ 1 đến 12).</translation>
    </message>
    <message>
        <source>Không có ngày %1/%2/%3 (tháng %2 năm %3 chỉ có %4 ngày).</source>
        <translation>Không có ngày %1/%2/%3 (tháng %2 năm %3 chỉ có %4 ngày).</translation>
    </message>
    <message>
        <source>Không nhận “%1”. %2 Ngày vẫn là %3.</source>
        <translation>Không nhận “%1”. %2 Ngày vẫn là %3.</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Gõ ngày/tháng/năm, ví dụ 15/07/2022 hoặc 15072022</source>
        <translation>Gõ ngày/tháng/năm, ví dụ 15/07/2022 hoặc 15072022</translation>
    </message>
    <message>
        <source>Chọn ngày trên lịch</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
    <message>
        <source>Ngày phải từ %1 đến %2.</source>
        <translation>Ngày phải từ %1 đến %2.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Mở đầu và phần %1</source>
        <translation>Mở đầu và phần %1</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Tìm trong báo cáo</source>
        <translation>Tìm trong báo cáo</translation>
    </message>
    <message>
        <source>Thay bằng</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <source>Tìm lùi (Shift+F3)</source>
        <translation>Tìm lùi (Shift+F3)</translation>
    </message>
    <message>
        <source>Tìm tiếp (F3)</source>
        <translation>Tìm tiếp (F3)</translation>
    </message>
    <message>
        <source>Thay</source>
        <translation>Thay</translation>
    </message>
    <message>
        <source>Thay chỗ đang chọn rồi tìm tiếp</source>
        <translation>Thay chỗ đang chọn rồi tìm tiếp</translation>
    </message>
    <message>
        <source>Thay tất cả</source>
        <translation>Thay tất cả</translation>
    </message>
    <message>
        <source>Thay mọi chỗ tìm thấy trong báo cáo</source>
        <translation>Thay mọi chỗ tìm thấy trong báo cáo</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Phân biệt hoa/thường</source>
        <translation>Phân biệt hoa/thường</translation>
    </message>
    <message>
        <source>Nguyên từ</source>
        <translation>Nguyên từ</translation>
    </message>
    <message>
        <source>Bỏ qua dấu</source>
        <translation>Bỏ qua dấu</translation>
    </message>
    <message>
        <source>Tìm “quy” thấy cả “quý”, “Quy”, “quỹ”</source>
        <translation>Tìm “quy” thấy cả “quý”, “Quy”, “quỹ”</translation>
    </message>
    <message>
        <source>Tìm trong báo cáo…</source>
        <translation>Tìm trong báo cáo…</translation>
    </message>
    <message>
        <source>Tìm và thay…</source>
        <translation>Tìm và thay…</translation>
    </message>
    <message>
        <source>Tìm tiếp</source>
        <translation>Tìm tiếp</translation>
    </message>
    <message>
        <source>Tìm lùi</source>
        <translation>Tìm lùi</translation>
    </message>
    <message>
        <source>Không thấy</source>
        <translation>Không thấy</translation>
    </message>
    <message numerus="yes">
        <source>%n chỗ</source>
        <translation>
            <numerusform>%n chỗ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đã thay %n chỗ</source>
        <translation>
            <numerusform>Đã thay %n chỗ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>UBND TỈNH QUẢNG TRỊ</source>
        <translation>UBND TỈNH QUẢNG TRỊ</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>SỞ KHOA HỌC VÀ CÔNG NGHỆ</source>
        <translation>SỞ KHOA HỌC VÀ CÔNG NGHỆ</translation>
    </message>
    <message>
        <source>Tên cơ quan trong câu</source>
        <translation>Tên cơ quan trong câu</translation>
    </message>
    <message>
        <source>Sở Khoa học và Công nghệ</source>
        <translation>Sở Khoa học và Công nghệ</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>để trống đến khi văn thư cấp số</source>
        <translation>để trống đến khi văn thư cấp số</translation>
    </message>
    <message>
        <source>Ký hiệu</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>BC-SKHCN</source>
        <translation>BC-SKHCN</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Quảng Trị</source>
        <translation>Quảng Trị</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Tự động theo kỳ báo cáo</source>
        <translation>Tự động theo kỳ báo cáo</translation>
    </message>
    <message>
        <source>Kính gửi</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>để trống nếu báo cáo không gửi lên cấp trên</source>
        <translation>để trống nếu báo cáo không gửi lên cấp trên</translation>
    </message>
    <message>
        <source>Báo cáo gửi lên cấp trên ghi “Kính gửi: …” dưới trích yếu; khi đó Nơi nhận bắt đầu bằng “Như trên”.</source>
        <translation>Báo cáo gửi lên cấp trên ghi “Kính gửi: …” dưới trích yếu; khi đó Nơi nhận bắt đầu bằng “Như trên”.</translation>
    </message>
    <message>
        <source>Quyền hạn ký</source>
        <translation>Quyền hạn ký</translation>
    </message>
    <message>
        <source>Chức vụ người đứng đầu</source>
        <translation>Chức vụ người đứng đầu</translation>
    </message>
    <message>
        <source>GIÁM ĐỐC</source>
        <translation>GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>PHÓ GIÁM ĐỐC</source>
        <translation>PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Nguyễn Văn A</source>
        <translation>Nguyễn Văn A</translation>
    </message>
    <message>
        <source>Nơi nhận
(mỗi dòng một nơi)</source>
        <translation>Nơi nhận
(mỗi dòng một nơi)</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>VT, VP</source>
        <translation>VT, VP</translation>
    </message>
    <message>
        <source>(không có — người đứng đầu ký)</source>
        <translation>(không có — người đứng đầu ký)</translation>
    </message>
    <message>
        <source>Giữ chữ hoa/thường của đề mục như đã gõ</source>
        <translation>Giữ chữ hoa/thường của đề mục như đã gõ</translation>
    </message>
    <message>
        <source>Theo mẫu của Nghị định 30/2020/NĐ-CP, đề mục các phần (I, II, III…) in hoa toàn bộ. Đánh dấu ô này để in đề mục đúng như đã gõ, không in hoa cả dòng.</source>
        <translation>Theo mẫu của Nghị định 30/2020/NĐ-CP, đề mục các phần (I, II, III…) in hoa toàn bộ. Đánh dấu ô này để in đề mục đúng như đã gõ, không in hoa cả dòng.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Hướng dẫn sử dụng papi-desktop</source>
        <translation>Hướng dẫn sử dụng papi-desktop</translation>
    </message>
    <message>
        <source>Tìm trong hướng dẫn (gõ có dấu hoặc không dấu)</source>
        <translation>Tìm trong hướng dẫn (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>◀ Trước</source>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <source>Tiếp ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <source>&amp;Tìm:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source># Không tìm thấy hướng dẫn

Tệp hướng dẫn (%1) không có trong bản cài đặt này. Hãy cài lại papi-desktop.</source>
        <translation># Không tìm thấy hướng dẫn

Tệp hướng dẫn (%1) không có trong bản cài đặt này. Hãy cài lại papi-desktop.</translation>
    </message>
    <message>
        <source>Không thấy</source>
        <translation>Không thấy</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Giấy phép</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Dùng để</source>
        <translation>Dùng để</translation>
    </message>
    <message>
        <source>&lt;p&gt;Soạn, lưu và in báo cáo quý về duy trì và củng cố Chỉ số PAPI theo Nghị định 30/2020/NĐ-CP. Chạy không cần mạng.&lt;/p&gt;&lt;p&gt;Giấy phép của papi-desktop: MIT.&lt;/p&gt;&lt;h3&gt;Thành phần dùng trong chương trình&lt;/h3&gt;</source>
        <translation>&lt;p&gt;Soạn, lưu và in báo cáo quý về duy trì và củng cố Chỉ số PAPI theo Nghị định 30/2020/NĐ-CP. Chạy không cần mạng.&lt;/p&gt;&lt;p&gt;Giấy phép của papi-desktop: MIT.&lt;/p&gt;&lt;h3&gt;Thành phần dùng trong chương trình&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt và PySide6 được dùng theo giấy phép GNU LGPL phiên bản 3: mã nguồn có tại &lt;a href=&apos;https://download.qt.io/&apos;&gt;download.qt.io&lt;/a&gt;; bạn có quyền thay các thư viện Qt đi kèm bằng bản khác. &lt;a href=&apos;%1&apos;&gt;Giấy phép phông chữ&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt và PySide6 được dùng theo giấy phép GNU LGPL phiên bản 3: mã nguồn có tại &lt;a href=&apos;https://download.qt.io/&apos;&gt;download.qt.io&lt;/a&gt;; bạn có quyền thay các thư viện Qt đi kèm bằng bản khác. &lt;a href=&apos;%1&apos;&gt;Giấy phép phông chữ&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Giới thiệu papi-desktop</source>
        <translation>Giới thiệu papi-desktop</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Lịch sử của phần đang sửa</source>
        <translation>Lịch sử của phần đang sửa</translation>
    </message>
    <message>
        <source>%1 — %2 từ</source>
        <translation>%1 — %2 từ</translation>
    </message>
    <message>
        <source>Khôi phục bản này</source>
        <translation>Khôi phục bản này</translation>
    </message>
    <message>
        <source>Phần này chưa có bản lưu trước nào.</source>
        <translation>Phần này chưa có bản lưu trước nào.</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Kiểm tra báo cáo nhập từ tệp</source>
        <translation>Kiểm tra báo cáo nhập từ tệp</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3</translation>
    </message>
    <message>
        <source>Ngày của văn bản: %1</source>
        <translation>Ngày của văn bản: %1</translation>
    </message>
    <message>
        <source>Ngày của văn bản: chưa có — tệp không ghi ngày hợp lệ (tạm để ngày hôm nay); hãy điền ở thẻ Thông tin chung.</source>
        <translation>Ngày của văn bản: chưa có — tệp không ghi ngày hợp lệ (tạm để ngày hôm nay); hãy điền ở thẻ Thông tin chung.</translation>
    </message>
    <message>
        <source>Đoạn văn</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>Thuộc phần</source>
        <translation>Thuộc phần</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Chỉ hiện đoạn cần xem lại (%1)</source>
        <translation>Chỉ hiện đoạn cần xem lại (%1)</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Lưu thành bản nháp</source>
        <translation>Lưu thành bản nháp</translation>
    </message>
    <message>
        <source>Chưa xếp được phần nào</source>
        <translation>Chưa xếp được phần nào</translation>
    </message>
    <message>
        <source>Đã sửa dấu thanh</source>
        <translation>Đã sửa dấu thanh</translation>
    </message>
    <message>
        <source>Dấu thanh rời, giữ nguyên</source>
        <translation>Dấu thanh rời, giữ nguyên</translation>
    </message>
    <message>
        <source>Trong tệp: %1</source>
        <translation>Trong tệp: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>papi-desktop</source>
        <translation>papi-desktop</translation>
    </message>
    <message>
        <source>Tìm trong mọi báo cáo… (Ctrl+Shift+F)</source>
        <translation>Tìm trong mọi báo cáo… (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Sửa lần cuối</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Nhân bản</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Hiện cả báo cáo đã xóa</source>
        <translation>Hiện cả báo cáo đã xóa</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu gần đây</source>
        <translation>Cơ sở dữ liệu gần đây</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Thêm phần</source>
        <translation>Thêm phần</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu mới…</source>
        <translation>Cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu…</source>
        <translation>Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Lưu bản sao thành…</source>
        <translation>Lưu bản sao thành…</translation>
    </message>
    <message>
        <source>Nhập từ cơ sở dữ liệu khác…</source>
        <translation>Nhập từ cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <source>Nhập từ tệp Word…</source>
        <translation>Nhập từ tệp Word…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu tự động…</source>
        <translation>Khôi phục bản sao lưu tự động…</translation>
    </message>
    <message>
        <source>Lưu ngay</source>
        <translation>Lưu ngay</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Xuất ra Word…</source>
        <translation>Xuất ra Word…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Xuất ra PDF…</source>
        <translation>Xuất ra PDF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Gạch đầu dòng</source>
        <translation>Gạch đầu dòng</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Tìm trong các báo cáo</source>
        <translation>Tìm trong các báo cáo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>So sánh với quý trước…</source>
        <translation>So sánh với quý trước…</translation>
    </message>
    <message>
        <source>Thống nhất cách bỏ dấu…</source>
        <translation>Thống nhất cách bỏ dấu…</translation>
    </message>
    <message>
        <source>Điểm PAPI của tỉnh…</source>
        <translation>Điểm PAPI của tỉnh…</translation>
    </message>
    <message>
        <source>Tổng hợp báo cáo của các đơn vị…</source>
        <translation>Tổng hợp báo cáo của các đơn vị…</translation>
    </message>
    <message>
        <source>Báo cáo mới</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Báo cáo quý mới (từ báo cáo gần nhất)</source>
        <translation>Báo cáo quý mới (từ báo cáo gần nhất)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Nhân bản báo cáo</source>
        <translation>Nhân bản báo cáo</translation>
    </message>
    <message>
        <source>Xóa báo cáo</source>
        <translation>Xóa báo cáo</translation>
    </message>
    <message>
        <source>Đánh dấu đã hoàn thành</source>
        <translation>Đánh dấu đã hoàn thành</translation>
    </message>
    <message>
        <source>Lịch sử của phần đang sửa…</source>
        <translation>Lịch sử của phần đang sửa…</translation>
    </message>
    <message>
        <source>Hướng dẫn</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source> (chỉ đọc)</source>
        <translation> (chỉ đọc)</translation>
    </message>
    <message>
        <source>Chưa chọn báo cáo nào. Bấm “Mới” hoặc Báo cáo → Báo cáo quý mới để bắt đầu.</source>
        <translation>Chưa chọn báo cáo nào. Bấm “Mới” hoặc Báo cáo → Báo cáo quý mới để bắt đầu.</translation>
    </message>
    <message>
        <source>Báo cáo này đang ở thùng rác nên chỉ xem được; bấm “Khôi phục” để sửa tiếp.</source>
        <translation>Báo cáo này đang ở thùng rác nên chỉ xem được; bấm “Khôi phục” để sửa tiếp.</translation>
    </message>
    <message>
        <source>Báo cáo này đã được đánh dấu hoàn thành nên chỉ xem được. Chọn Báo cáo → Mở lại để sửa nếu cần chỉnh sửa, hoặc Báo cáo quý mới để soạn quý sau.</source>
        <translation>Báo cáo này đã được đánh dấu hoàn thành nên chỉ xem được. Chọn Báo cáo → Mở lại để sửa nếu cần chỉnh sửa, hoặc Báo cáo quý mới để soạn quý sau.</translation>
    </message>
    <message>
        <source>Đã chuyển báo cáo vào thùng rác; bật “Hiện cả báo cáo đã xóa” để khôi phục.</source>
        <translation>Đã chuyển báo cáo vào thùng rác; bật “Hiện cả báo cáo đã xóa” để khôi phục.</translation>
    </message>
    <message>
        <source>Mở lại để sửa</source>
        <translation>Mở lại để sửa</translation>
    </message>
    <message>
        <source>Nhập báo cáo từ tệp</source>
        <translation>Nhập báo cáo từ tệp</translation>
    </message>
    <message>
        <source>Báo cáo Word hoặc văn bản (*.docx *.txt)</source>
        <translation>Báo cáo Word hoặc văn bản (*.docx *.txt)</translation>
    </message>
    <message>
        <source>Đã nhập %1 thành bản nháp.</source>
        <translation>Đã nhập %1 thành bản nháp.</translation>
    </message>
    <message>
        <source>Đã lưu lúc %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Chưa lưu được — sẽ thử lại: %1</source>
        <translation>Chưa lưu được — sẽ thử lại: %1</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Không ghi được vào cơ sở dữ liệu:
%1

Nội dung vẫn còn trong cửa sổ và chương trình sẽ tự thử lại. Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác: bản sao có cả những thay đổi chưa ghi được.</source>
        <translation>Không ghi được vào cơ sở dữ liệu:
%1

Nội dung vẫn còn trong cửa sổ và chương trình sẽ tự thử lại. Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác: bản sao có cả những thay đổi chưa ghi được.</translation>
    </message>
    <message>
        <source>Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu (ổ USB đã rút, ổ đĩa đầy…). Hãy lưu một bản sao sang nơi khác (ví dụ thư mục Tài liệu) trước khi đóng.</source>
        <translation>Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu (ổ USB đã rút, ổ đĩa đầy…). Hãy lưu một bản sao sang nơi khác (ví dụ thư mục Tài liệu) trước khi đóng.</translation>
    </message>
    <message>
        <source>Lưu bản sao rồi đóng…</source>
        <translation>Lưu bản sao rồi đóng…</translation>
    </message>
    <message>
        <source>Đóng, bỏ các thay đổi</source>
        <translation>Đóng, bỏ các thay đổi</translation>
    </message>
    <message>
        <source>Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu, nên chưa thể làm việc này. Nội dung vẫn còn trong cửa sổ; chương trình sẽ tự thử lại. Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác.</source>
        <translation>Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu, nên chưa thể làm việc này. Nội dung vẫn còn trong cửa sổ; chương trình sẽ tự thử lại. Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác.</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Không sửa được gì trong tệp này; vẫn xem, in và xuất được. Muốn sửa, hãy dùng Tệp → Lưu bản sao thành… để có một bản sửa được ở nơi khác.</source>
        <translation>Không sửa được gì trong tệp này; vẫn xem, in và xuất được. Muốn sửa, hãy dùng Tệp → Lưu bản sao thành… để có một bản sửa được ở nơi khác.</translation>
    </message>
    <message>
        <source>Tệp này được mở ở chế độ chỉ đọc.</source>
        <translation>Tệp này được mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Chỉ đọc: %1.</source>
        <translation>Chỉ đọc: %1.</translation>
    </message>
    <message>
        <source>Trang %1/%2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n từ</source>
        <translation>
            <numerusform>%n từ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Thu nhỏ trang (Ctrl+-)</source>
        <translation>Thu nhỏ trang (Ctrl+-)</translation>
    </message>
    <message>
        <source>Mức phóng to của bản xem trước</source>
        <translation>Mức phóng to của bản xem trước</translation>
    </message>
    <message>
        <source>Phóng to trang (Ctrl++)</source>
        <translation>Phóng to trang (Ctrl++)</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Trang vừa chiều rộng khung (Ctrl+0)</source>
        <translation>Trang vừa chiều rộng khung (Ctrl+0)</translation>
    </message>
    <message>
        <source>Cả trang</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>Thấy trọn một trang</source>
        <translation>Thấy trọn một trang</translation>
    </message>
</context>
<context>
    <name>ReportListPanel</name>
    <message>
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Đã xóa</source>
        <translation>Đã xóa</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <source>Tệp bộ chỉ số bị lỗi</source>
        <translation>Tệp bộ chỉ số bị lỗi</translation>
    </message>
    <message>
        <source>Không dùng được các tệp bộ chỉ số sau:

%1</source>
        <translation>Không dùng được các tệp bộ chỉ số sau:

%1</translation>
    </message>
    <message>
        <source>Báo cáo theo bộ chỉ số nào?</source>
        <translation>Báo cáo theo bộ chỉ số nào?</translation>
    </message>
    <message>
        <source>Chọn bộ chỉ số của báo cáo mới:</source>
        <translation>Chọn bộ chỉ số của báo cáo mới:</translation>
    </message>
    <message>
        <source>Đã tạo báo cáo %1 từ báo cáo %2.</source>
        <translation>Đã tạo báo cáo %1 từ báo cáo %2.</translation>
    </message>
    <message numerus="yes">
        <source>Đã cập nhật %n chỗ nhắc kỳ báo cáo (Ctrl+Z trong từng phần để hoàn tác).</source>
        <translation>
            <numerusform>Đã cập nhật %n chỗ nhắc kỳ báo cáo (Ctrl+Z trong từng phần để hoàn tác).</numerusform>
        </translation>
    </message>
    <message>
        <source>(Báo cáo đã có mọi phần)</source>
        <translation>(Báo cáo đã có mọi phần)</translation>
    </message>
    <message>
        <source>Hãy đặt con trỏ vào phần muốn chèn (không phải Thông tin chung) rồi mở lại Điểm PAPI của tỉnh.</source>
        <translation>Hãy đặt con trỏ vào phần muốn chèn (không phải Thông tin chung) rồi mở lại Điểm PAPI của tỉnh.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Còn phần trống</source>
        <translation>Còn phần trống</translation>
    </message>
    <message>
        <source>Các phần sau chưa có nội dung, nên sẽ chỉ in ra đề mục:

%1

Vẫn tiếp tục, hay quay lại để viết thêm?</source>
        <translation>Các phần sau chưa có nội dung, nên sẽ chỉ in ra đề mục:

%1

Vẫn tiếp tục, hay quay lại để viết thêm?</translation>
    </message>
    <message>
        <source>Quay lại soạn tiếp</source>
        <translation>Quay lại soạn tiếp</translation>
    </message>
    <message>
        <source>Vẫn xuất</source>
        <translation>Vẫn xuất</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Tài liệu PDF (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Xuất báo cáo</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Đã xuất %1</source>
        <translation>Đã xuất %1</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <source>Đã xuất báo cáo ra:
%1

Mở tệp này ngay?</source>
        <translation>Đã xuất báo cáo ra:
%1

Mở tệp này ngay?</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>Vẫn in</source>
        <translation>Vẫn in</translation>
    </message>
    <message>
        <source>Xem trước khi in</source>
        <translation>Xem trước khi in</translation>
    </message>
</context>
<context>
    <name>RequarterDialog</name>
    <message>
        <source>Cập nhật kỳ báo cáo trong nội dung</source>
        <translation>Cập nhật kỳ báo cáo trong nội dung</translation>
    </message>
    <message>
        <source>Nội dung chép từ báo cáo quý trước còn nhắc đến kỳ cũ. Xem từng chỗ đề nghị sửa dưới đây (chữ gạch là chữ cũ, chữ tô xanh là chữ mới); bỏ dấu chọn ở chỗ không muốn sửa. Ngày tháng và số hiệu văn bản đã ban hành không bao giờ bị sửa.</source>
        <translation>Nội dung chép từ báo cáo quý trước còn nhắc đến kỳ cũ. Xem từng chỗ đề nghị sửa dưới đây (chữ gạch là chữ cũ, chữ tô xanh là chữ mới); bỏ dấu chọn ở chỗ không muốn sửa. Ngày tháng và số hiệu văn bản đã ban hành không bao giờ bị sửa.</translation>
    </message>
    <message>
        <source>Có thể là trích dẫn một văn bản đã ban hành: chưa chọn sẵn.</source>
        <translation>Có thể là trích dẫn một văn bản đã ban hành: chưa chọn sẵn.</translation>
    </message>
    <message>
        <source>Sửa tất cả</source>
        <translation>Sửa tất cả</translation>
    </message>
    <message>
        <source>Sửa các chỗ đã chọn</source>
        <translation>Sửa các chỗ đã chọn</translation>
    </message>
    <message>
        <source>Không sửa gì</source>
        <translation>Không sửa gì</translation>
    </message>
</context>
<context>
    <name>RevisionTools</name>
    <message>
        <source>Đánh dấu đoạn giữ nguyên từ quý trước</source>
        <translation>Đánh dấu đoạn giữ nguyên từ quý trước</translation>
    </message>
    <message>
        <source>Hãy chọn một phần của báo cáo (không phải Thông tin chung) để so sánh.</source>
        <translation>Hãy chọn một phần của báo cáo (không phải Thông tin chung) để so sánh.</translation>
    </message>
    <message>
        <source>Chưa có báo cáo nào khác để so sánh.</source>
        <translation>Chưa có báo cáo nào khác để so sánh.</translation>
    </message>
</context>
<context>
    <name>ScoresDialog</name>
    <message>
        <source>Điểm PAPI của tỉnh</source>
        <translation>Điểm PAPI của tỉnh</translation>
    </message>
    <message>
        <source>Thêm năm…</source>
        <translation>Thêm năm…</translation>
    </message>
    <message>
        <source>Nhập từ tệp…</source>
        <translation>Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố:</source>
        <translation>Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>Tổng điểm</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Xếp hạng</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Điểm mỗi nội dung từ 1 đến 10 (viết 5,24); để trống ô Tổng điểm thì tổng được cộng từ 8 nội dung.</source>
        <translation>Điểm mỗi nội dung từ 1 đến 10 (viết 5,24); để trống ô Tổng điểm thì tổng được cộng từ 8 nội dung.</translation>
    </message>
    <message>
        <source>Lưu điểm</source>
        <translation>Lưu điểm</translation>
    </message>
    <message>
        <source>Chèn bảng điểm</source>
        <translation>Chèn bảng điểm</translation>
    </message>
    <message>
        <source>Chèn biểu đồ</source>
        <translation>Chèn biểu đồ</translation>
    </message>
    <message>
        <source>Chèn câu nhận xét</source>
        <translation>Chèn câu nhận xét</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Hãy ghi tên tỉnh, thành phố.</source>
        <translation>Hãy ghi tên tỉnh, thành phố.</translation>
    </message>
    <message>
        <source>Ô “%1”, năm %2: “%3” không phải một số.</source>
        <translation>Ô “%1”, năm %2: “%3” không phải một số.</translation>
    </message>
    <message>
        <source>Năm %1 còn thiếu điểm: %2.</source>
        <translation>Năm %1 còn thiếu điểm: %2.</translation>
    </message>
    <message>
        <source>Năm %1: %2.</source>
        <translation>Năm %1: %2.</translation>
    </message>
    <message>
        <source>Năm khảo sát:</source>
        <translation>Năm khảo sát:</translation>
    </message>
    <message>
        <source>Chọn tệp điểm</source>
        <translation>Chọn tệp điểm</translation>
    </message>
    <message>
        <source>Bảng điểm (*.csv *.xlsx)</source>
        <translation>Bảng điểm (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <source>- Gạch đầu dòng</source>
        <translation>- Gạch đầu dòng</translation>
    </message>
    <message>
        <source>Thêm hoặc bỏ “- ” ở đầu các dòng đang chọn (Ctrl+L)</source>
        <translation>Thêm hoặc bỏ “- ” ở đầu các dòng đang chọn (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lịch sử…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message numerus="yes">
        <source>%n đoạn giữ nguyên từ quý trước</source>
        <translation>
            <numerusform>%n đoạn giữ nguyên từ quý trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n từ</source>
        <translation>
            <numerusform>%n từ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <source>(Không có gợi ý)</source>
        <translation>(Không có gợi ý)</translation>
    </message>
    <message>
        <source>Thêm vào từ điển</source>
        <translation>Thêm vào từ điển</translation>
    </message>
    <message>
        <source>Thêm “%1” vào danh sách từ của cơ quan (lưu trong tệp báo cáo)</source>
        <translation>Thêm “%1” vào danh sách từ của cơ quan (lưu trong tệp báo cáo)</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>SpellTools</name>
    <message>
        <source>Đã thêm “%1” vào từ điển của cơ quan.</source>
        <translation>Đã thêm “%1” vào từ điển của cơ quan.</translation>
    </message>
    <message>
        <source>Báo cáo đã bỏ dấu thống nhất một kiểu.</source>
        <translation>Báo cáo đã bỏ dấu thống nhất một kiểu.</translation>
    </message>
    <message>
        <source>kiểu cũ (hòa, thủy, khỏe)</source>
        <translation>kiểu cũ (hòa, thủy, khỏe)</translation>
    </message>
    <message>
        <source>kiểu mới (hoà, thuỷ, khoẻ)</source>
        <translation>kiểu mới (hoà, thuỷ, khoẻ)</translation>
    </message>
    <message>
        <source>Thống nhất cách bỏ dấu</source>
        <translation>Thống nhất cách bỏ dấu</translation>
    </message>
    <message>
        <source>Báo cáo dùng cả hai cách đặt dấu thanh: %1 ở %2 từ và %3 ở %4 từ (%5).

Đổi các từ này sang %1, cách báo cáo dùng nhiều hơn?</source>
        <translation>Báo cáo dùng cả hai cách đặt dấu thanh: %1 ở %2 từ và %3 ở %4 từ (%5).

Đổi các từ này sang %1, cách báo cáo dùng nhiều hơn?</translation>
    </message>
    <message>
        <source>Đổi</source>
        <translation>Đổi</translation>
    </message>
    <message numerus="yes">
        <source>Đã đổi %n từ sang cùng một cách bỏ dấu.</source>
        <translation>
            <numerusform>Đã đổi %n từ sang cùng một cách bỏ dấu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableDialogs</name>
    <message>
        <source>Chèn bảng</source>
        <translation>Chèn bảng</translation>
    </message>
    <message>
        <source>Số dòng (kể cả dòng tiêu đề):</source>
        <translation>Số dòng (kể cả dòng tiêu đề):</translation>
    </message>
    <message>
        <source>Số cột:</source>
        <translation>Số cột:</translation>
    </message>
    <message>
        <source>Độ rộng các cột</source>
        <translation>Độ rộng các cột</translation>
    </message>
    <message>
        <source>Cột %1:</source>
        <translation>Cột %1:</translation>
    </message>
</context>
<context>
    <name>TableEditing</name>
    <message>
        <source>Tên bảng</source>
        <translation>Tên bảng</translation>
    </message>
    <message>
        <source>Tên bảng (in phía trên bảng, tự đánh số “Bảng 1.”):</source>
        <translation>Tên bảng (in phía trên bảng, tự đánh số “Bảng 1.”):</translation>
    </message>
    <message>
        <source>Chèn bảng…</source>
        <translation>Chèn bảng…</translation>
    </message>
    <message>
        <source>Thêm dòng phía dưới</source>
        <translation>Thêm dòng phía dưới</translation>
    </message>
    <message>
        <source>Thêm dòng phía trên</source>
        <translation>Thêm dòng phía trên</translation>
    </message>
    <message>
        <source>Xóa dòng</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Thêm cột bên phải</source>
        <translation>Thêm cột bên phải</translation>
    </message>
    <message>
        <source>Thêm cột bên trái</source>
        <translation>Thêm cột bên trái</translation>
    </message>
    <message>
        <source>Xóa cột</source>
        <translation>Xóa cột</translation>
    </message>
    <message>
        <source>Dòng tiêu đề (lặp lại mỗi trang)</source>
        <translation>Dòng tiêu đề (lặp lại mỗi trang)</translation>
    </message>
    <message>
        <source>Độ rộng các cột…</source>
        <translation>Độ rộng các cột…</translation>
    </message>
    <message>
        <source>Tên bảng…</source>
        <translation>Tên bảng…</translation>
    </message>
    <message>
        <source>Xóa bảng</source>
        <translation>Xóa bảng</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Không tìm thấy tệp “{path}”.</source>
        <translation>Không tìm thấy tệp “{path}”.</translation>
    </message>
    <message>
        <source>“{path}” không phải là một tệp.</source>
        <translation>“{path}” không phải là một tệp.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{path}” ({reason}).</source>
        <translation>Không đọc được tệp “{path}” ({reason}).</translation>
    </message>
    <message>
        <source>Tệp “{path}” trống (0 byte): việc chép tệp chưa xong. Hãy chép lại tệp từ máy gốc.</source>
        <translation>Tệp “{path}” trống (0 byte): việc chép tệp chưa xong. Hãy chép lại tệp từ máy gốc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop (không phải tệp SQLite).</source>
        <translation>Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop (không phải tệp SQLite).</translation>
    </message>
    <message>
        <source>Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop.</source>
        <translation>Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop.</translation>
    </message>
    <message>
        <source>Tệp “{path}” bị cụt (thiếu phần cuối), có thể do rút USB khi đang chép. Hãy chép lại tệp từ máy gốc.</source>
        <translation>Tệp “{path}” bị cụt (thiếu phần cuối), có thể do rút USB khi đang chép. Hãy chép lại tệp từ máy gốc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” bị hỏng, không đọc được. Hãy dùng một bản sao lưu hoặc chép lại tệp từ máy gốc.</source>
        <translation>Tệp “{path}” bị hỏng, không đọc được. Hãy dùng một bản sao lưu hoặc chép lại tệp từ máy gốc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” có cấu trúc khác với cơ sở dữ liệu của papi-desktop (thiếu bảng hoặc cột, hoặc có thêm trigger, view lạ). Để an toàn, chương trình không mở tệp này.</source>
        <translation>Tệp “{path}” có cấu trúc khác với cơ sở dữ liệu của papi-desktop (thiếu bảng hoặc cột, hoặc có thêm trigger, view lạ). Để an toàn, chương trình không mở tệp này.</translation>
    </message>
    <message>
        <source>Tệp “{path}” được tạo bằng phiên bản papi-desktop mới hơn. Hãy cập nhật papi-desktop để mở tệp này.</source>
        <translation>Tệp “{path}” được tạo bằng phiên bản papi-desktop mới hơn. Hãy cập nhật papi-desktop để mở tệp này.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.</source>
        <translation>Tệp “{path}” đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>Không ghi được vào tệp “{path}”: tệp hoặc thư mục chứa nó chỉ cho phép đọc.</source>
        <translation>Không ghi được vào tệp “{path}”: tệp hoặc thư mục chứa nó chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>Ổ đĩa đã đầy, không lưu được vào tệp “{path}”.</source>
        <translation>Ổ đĩa đã đầy, không lưu được vào tệp “{path}”.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “{path}”. Hãy kiểm tra ổ đĩa (USB) còn cắm, tệp hay thư mục không bị đổi tên hoặc xóa; chương trình sẽ thử lưu lại.</source>
        <translation>Không tìm thấy tệp “{path}”. Hãy kiểm tra ổ đĩa (USB) còn cắm, tệp hay thư mục không bị đổi tên hoặc xóa; chương trình sẽ thử lưu lại.</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được tệp “{path}” ({reason}).</source>
        <translation>Không đọc hoặc ghi được tệp “{path}” ({reason}).</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được tệp “{path}” (lỗi vào/ra của ổ đĩa). Hãy kiểm tra ổ đĩa (USB) còn cắm và thử lại.</source>
        <translation>Không đọc hoặc ghi được tệp “{path}” (lỗi vào/ra của ổ đĩa). Hãy kiểm tra ổ đĩa (USB) còn cắm và thử lại.</translation>
    </message>
    <message>
        <source>Không có quyền ghi vào “{path}”. Hãy chọn thư mục khác.</source>
        <translation>Không có quyền ghi vào “{path}”. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Thư mục “{folder}” không tồn tại.</source>
        <translation>Thư mục “{folder}” không tồn tại.</translation>
    </message>
    <message>
        <source>Không tạo được tệp “{path}”: {reason}.</source>
        <translation>Không tạo được tệp “{path}”: {reason}.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đã có. Hãy chọn tên khác hoặc mở tệp đó.</source>
        <translation>Tệp “{path}” đã có. Hãy chọn tên khác hoặc mở tệp đó.</translation>
    </message>
    <message>
        <source>Tệp “{path}” được tạo bằng phiên bản papi-desktop cũ hơn và cần được cập nhật, nhưng đang mở ở chế độ chỉ đọc. Hãy chép tệp vào máy rồi mở bản chép.</source>
        <translation>Tệp “{path}” được tạo bằng phiên bản papi-desktop cũ hơn và cần được cập nhật, nhưng đang mở ở chế độ chỉ đọc. Hãy chép tệp vào máy rồi mở bản chép.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi. Muốn sửa, hãy chép tệp vào máy (ví dụ thư mục Tài liệu) rồi mở bản chép, hoặc đóng tệp ở máy đang sửa rồi mở lại.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi. Muốn sửa, hãy chép tệp vào máy (ví dụ thư mục Tài liệu) rồi mở bản chép, hoặc đóng tệp ở máy đang sửa rồi mở lại.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi: {reason}. Muốn sửa, hãy chép tệp vào máy (ví dụ thư mục Tài liệu) rồi mở bản chép, hoặc đóng tệp ở máy đang sửa rồi mở lại.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi: {reason}. Muốn sửa, hãy chép tệp vào máy (ví dụ thư mục Tài liệu) rồi mở bản chép, hoặc đóng tệp ở máy đang sửa rồi mở lại.</translation>
    </message>
    <message>
        <source>tệp hoặc thư mục chứa nó chỉ cho phép đọc (ổ USB bị khóa ghi, đĩa CD, hoặc thư mục không có quyền ghi)</source>
        <translation>tệp hoặc thư mục chứa nó chỉ cho phép đọc (ổ USB bị khóa ghi, đĩa CD, hoặc thư mục không có quyền ghi)</translation>
    </message>
    <message>
        <source>Không mở được tệp “{path}”: tệp đang được mở ở chương trình khác.</source>
        <translation>Không mở được tệp “{path}”: tệp đang được mở ở chương trình khác.</translation>
    </message>
    <message>
        <source>Tệp có một lần lưu bị ngắt giữa chừng (có tệp “-journal” bên cạnh). Lệnh chỉ đọc dùng nội dung đã khôi phục mà không sửa tệp; khi mở để sửa, papi-desktop giữ một bản sao của tệp và tệp “-journal” trong thư mục sao lưu rồi mới khôi phục lần lưu cuối cùng trọn vẹn.</source>
        <translation>Tệp có một lần lưu bị ngắt giữa chừng (có tệp “-journal” bên cạnh). Lệnh chỉ đọc dùng nội dung đã khôi phục mà không sửa tệp; khi mở để sửa, papi-desktop giữ một bản sao của tệp và tệp “-journal” trong thư mục sao lưu rồi mới khôi phục lần lưu cuối cùng trọn vẹn.</translation>
    </message>
    <message>
        <source>Bên cạnh tệp có tệp “-wal” (nhật ký của một chương trình SQLite khác) chứa những thay đổi chưa ghi vào tệp. Lệnh chỉ đọc dùng nội dung đó mà không sửa tệp; khi mở để sửa, papi-desktop giữ một bản sao rồi mới ghi các thay đổi đó vào tệp.</source>
        <translation>Bên cạnh tệp có tệp “-wal” (nhật ký của một chương trình SQLite khác) chứa những thay đổi chưa ghi vào tệp. Lệnh chỉ đọc dùng nội dung đó mà không sửa tệp; khi mở để sửa, papi-desktop giữ một bản sao rồi mới ghi các thay đổi đó vào tệp.</translation>
    </message>
    <message>
        <source>Tệp “{journal}” bên cạnh tệp “{path}” không thuộc về tệp này (có thể đã được chép cùng một tệp khác). Để an toàn, chương trình không dùng nó và không mở tệp. Hãy chuyển tệp “{journal}” ra chỗ khác (đừng xóa nếu chưa chắc) rồi mở lại.</source>
        <translation>Tệp “{journal}” bên cạnh tệp “{path}” không thuộc về tệp này (có thể đã được chép cùng một tệp khác). Để an toàn, chương trình không dùng nó và không mở tệp. Hãy chuyển tệp “{journal}” ra chỗ khác (đừng xóa nếu chưa chắc) rồi mở lại.</translation>
    </message>
    <message>
        <source>Bên cạnh tệp “{path}” có “{side}” không phải là một tệp bình thường (một thư mục hoặc một liên kết). SQLite dùng đúng tên đó cho nhật ký khi lưu, nên tệp không mở được. Hãy đổi tên hoặc chuyển “{side}” ra chỗ khác rồi mở lại.</source>
        <translation>Bên cạnh tệp “{path}” có “{side}” không phải là một tệp bình thường (một thư mục hoặc một liên kết). SQLite dùng đúng tên đó cho nhật ký khi lưu, nên tệp không mở được. Hãy đổi tên hoặc chuyển “{side}” ra chỗ khác rồi mở lại.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{side}” bên cạnh tệp “{path}” ({reason}). Hãy kiểm tra quyền của tệp đó.</source>
        <translation>Không đọc được tệp “{side}” bên cạnh tệp “{path}” ({reason}). Hãy kiểm tra quyền của tệp đó.</translation>
    </message>
    <message>
        <source>Tệp có thêm {count} byte thừa ở cuối (không thuộc cơ sở dữ liệu); nội dung vẫn đọc được bình thường.</source>
        <translation>Tệp có thêm {count} byte thừa ở cuối (không thuộc cơ sở dữ liệu); nội dung vẫn đọc được bình thường.</translation>
    </message>
    <message>
        <source>Báo cáo “{name}” trong tệp “{path}” có dữ liệu hỏng ({reason}) nên không đọc được.</source>
        <translation>Báo cáo “{name}” trong tệp “{path}” có dữ liệu hỏng ({reason}) nên không đọc được.</translation>
    </message>
    <message>
        <source>Đã bỏ qua báo cáo “{name}” của tệp “{path}” vì dữ liệu hỏng ({reason}).</source>
        <translation>Đã bỏ qua báo cáo “{name}” của tệp “{path}” vì dữ liệu hỏng ({reason}).</translation>
    </message>
    <message>
        <source>cột “{column}” có giá trị không hợp lệ: {value}</source>
        <translation>cột “{column}” có giá trị không hợp lệ: {value}</translation>
    </message>
    <message>
        <source>cột “{column}” có chữ không phải UTF-8</source>
        <translation>cột “{column}” có chữ không phải UTF-8</translation>
    </message>
    <message>
        <source>phần “{column}” có dữ liệu không hợp lệ: {value}</source>
        <translation>phần “{column}” có dữ liệu không hợp lệ: {value}</translation>
    </message>
    <message>
        <source>Tệp “{path}” đã dùng hết số thứ tự cho các bản lưu trước (bảng revisions), nên không lưu thêm được bản nào. Tệp này đã bị một chương trình khác sửa; hãy dùng một bản sao lưu.</source>
        <translation>Tệp “{path}” đã dùng hết số thứ tự cho các bản lưu trước (bảng revisions), nên không lưu thêm được bản nào. Tệp này đã bị một chương trình khác sửa; hãy dùng một bản sao lưu.</translation>
    </message>
    <message>
        <source>Không tìm thấy báo cáo trong tệp “{path}”.</source>
        <translation>Không tìm thấy báo cáo trong tệp “{path}”.</translation>
    </message>
    <message>
        <source>Báo cáo này đã có trong tệp “{path}”.</source>
        <translation>Báo cáo này đã có trong tệp “{path}”.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản lưu trước này trong tệp.</source>
        <translation>Không tìm thấy bản lưu trước này trong tệp.</translation>
    </message>
    <message>
        <source>Bản sao phải khác tệp đang mở; hãy chọn tên khác.</source>
        <translation>Bản sao phải khác tệp đang mở; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Không tạo được bản sao lưu tự động của tệp “{path}”: {reason}</source>
        <translation>Không tạo được bản sao lưu tự động của tệp “{path}”: {reason}</translation>
    </message>
    <message>
        <source>Tệp “{path}” bị hỏng bên trong (có trang dữ liệu hỏng) nên chương trình không ghi thêm vào. Hãy dùng một bản sao lưu (Tệp → Khôi phục bản sao lưu tự động…).</source>
        <translation>Tệp “{path}” bị hỏng bên trong (có trang dữ liệu hỏng) nên chương trình không ghi thêm vào. Hãy dùng một bản sao lưu (Tệp → Khôi phục bản sao lưu tự động…).</translation>
    </message>
    <message>
        <source>Hãy chọn một tệp khác với tệp đang mở để gộp.</source>
        <translation>Hãy chọn một tệp khác với tệp đang mở để gộp.</translation>
    </message>
    <message>
        <source>Đã thêm {count} báo cáo mới:</source>
        <translation>Đã thêm {count} báo cáo mới:</translation>
    </message>
    <message>
        <source>Đã cập nhật {count} báo cáo theo bản mới hơn của tệp kia:</source>
        <translation>Đã cập nhật {count} báo cáo theo bản mới hơn của tệp kia:</translation>
    </message>
    <message>
        <source>{count} báo cáo đã được sửa ở cả hai máy. Giữ cả hai bản; bản của tệp kia được thêm thành báo cáo riêng để anh/chị so sánh và chọn:</source>
        <translation>{count} báo cáo đã được sửa ở cả hai máy. Giữ cả hai bản; bản của tệp kia được thêm thành báo cáo riêng để anh/chị so sánh và chọn:</translation>
    </message>
    <message>
        <source>Đã thêm {count} từ vào danh sách từ của cơ quan: {words}</source>
        <translation>Đã thêm {count} từ vào danh sách từ của cơ quan: {words}</translation>
    </message>
    <message>
        <source>{count} báo cáo không cần thay đổi.</source>
        <translation>{count} báo cáo không cần thay đổi.</translation>
    </message>
    <message>
        <source>Không có gì mới để gộp.</source>
        <translation>Không có gì mới để gộp.</translation>
    </message>
    <message>
        <source>Không khôi phục được bản sao “{source}” vào “{path}” ({reason}).</source>
        <translation>Không khôi phục được bản sao “{source}” vào “{path}” ({reason}).</translation>
    </message>
    <message>
        <source>Không tạo được thư mục dữ liệu “{folder}”.</source>
        <translation>Không tạo được thư mục dữ liệu “{folder}”.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trên máy “{machine}” (người dùng “{user}”) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>Tệp “{path}” đang được mở để sửa trên máy “{machine}” (người dùng “{user}”) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trên một máy khác (không rõ tên) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>Tệp “{path}” đang được mở để sửa trên một máy khác (không rõ tên) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trong một cửa sổ papi-desktop khác của chính bạn trên máy này, từ {since}. Hãy chuyển sang cửa sổ đó trên thanh tác vụ; ở đây bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>Tệp “{path}” đang được mở để sửa trong một cửa sổ papi-desktop khác của chính bạn trên máy này, từ {since}. Hãy chuyển sang cửa sổ đó trên thanh tác vụ; ở đây bạn có thể mở tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” còn khóa của một lần chạy papi-desktop trước của chính bạn trên máy này, từ {since}; lần chạy đó đã tắt đột ngột và không còn ai đang sửa tệp. Bạn có thể bỏ khóa và mở để sửa, hoặc mở ở chế độ chỉ đọc.</source>
        <translation>Tệp “{path}” còn khóa của một lần chạy papi-desktop trước của chính bạn trên máy này, từ {since}; lần chạy đó đã tắt đột ngột và không còn ai đang sửa tệp. Bạn có thể bỏ khóa và mở để sửa, hoặc mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trên chính máy này nhưng bởi một tài khoản khác (người dùng “{user}”) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>Tệp “{path}” đang được mở để sửa trên chính máy này nhưng bởi một tài khoản khác (người dùng “{user}”) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trong chính chương trình này. Hãy đóng tệp đó rồi thử lại.</source>
        <translation>Tệp “{path}” đang được mở để sửa trong chính chương trình này. Hãy đóng tệp đó rồi thử lại.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được một chương trình trên máy này mở để sửa (có thể qua một đường dẫn hoặc liên kết khác tới cùng tệp). Bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>Tệp “{path}” đang được một chương trình trên máy này mở để sửa (có thể qua một đường dẫn hoặc liên kết khác tới cùng tệp). Bạn có thể mở tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Lần cuối máy đó dùng tệp là {touched}; có thể chương trình ở đó đã tắt đột ngột. Nếu chắc chắn không ai đang sửa tệp, bạn có thể bỏ khóa và mở để sửa.</source>
        <translation>Lần cuối máy đó dùng tệp là {touched}; có thể chương trình ở đó đã tắt đột ngột. Nếu chắc chắn không ai đang sửa tệp, bạn có thể bỏ khóa và mở để sửa.</translation>
    </message>
    <message>
        <source>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi. Hãy đóng tệp rồi mở lại.</source>
        <translation>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi. Hãy đóng tệp rồi mở lại.</translation>
    </message>
    <message>
        <source>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi (nay do một cửa sổ papi-desktop khác của chính bạn trên máy này giữ). Hãy đóng tệp rồi mở lại.</source>
        <translation>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi (nay do một cửa sổ papi-desktop khác của chính bạn trên máy này giữ). Hãy đóng tệp rồi mở lại.</translation>
    </message>
    <message>
        <source>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi (nay do máy “{machine}”, người dùng “{user}” giữ). Hãy đóng tệp rồi mở lại.</source>
        <translation>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi (nay do máy “{machine}”, người dùng “{user}” giữ). Hãy đóng tệp rồi mở lại.</translation>
    </message>
    <message>
        <source>Không khóa được tệp “{path}” để sửa: đã có một thư mục tên “{lock}” ở chỗ papi-desktop đặt tệp khóa. Hãy xóa hoặc đổi tên thư mục đó rồi mở lại (hoặc mở tệp ở chế độ chỉ đọc).</source>
        <translation>Không khóa được tệp “{path}” để sửa: đã có một thư mục tên “{lock}” ở chỗ papi-desktop đặt tệp khóa. Hãy xóa hoặc đổi tên thư mục đó rồi mở lại (hoặc mở tệp ở chế độ chỉ đọc).</translation>
    </message>
    <message>
        <source>Không đọc được tệp khóa “{lock}” của tệp “{path}” ({reason}). Nếu chắc chắn không ai đang sửa tệp, hãy xóa tệp khóa đó rồi mở lại (hoặc mở tệp ở chế độ chỉ đọc).</source>
        <translation>Không đọc được tệp khóa “{lock}” của tệp “{path}” ({reason}). Nếu chắc chắn không ai đang sửa tệp, hãy xóa tệp khóa đó rồi mở lại (hoặc mở tệp ở chế độ chỉ đọc).</translation>
    </message>
    <message>
        <source>Không khóa được tệp “{path}” để sửa. Hãy thử lại.</source>
        <translation>Không khóa được tệp “{path}” để sửa. Hãy thử lại.</translation>
    </message>
    <message>
        <source>Không truy cập được thư mục “{folder}” ({reason}). Hãy kiểm tra ổ đĩa (USB) còn cắm hoặc quyền của thư mục; chương trình sẽ thử lưu lại.</source>
        <translation>Không truy cập được thư mục “{folder}” ({reason}). Hãy kiểm tra ổ đĩa (USB) còn cắm hoặc quyền của thư mục; chương trình sẽ thử lưu lại.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục “{folder}”: {reason}.</source>
        <translation>Không ghi được vào thư mục “{folder}”: {reason}.</translation>
    </message>
</context>
<context>
    <name>open_database</name>
    <message>
        <source>Tệp đang được mở ở nơi khác</source>
        <translation>Tệp đang được mở ở nơi khác</translation>
    </message>
    <message>
        <source>Mở chỉ đọc</source>
        <translation>Mở chỉ đọc</translation>
    </message>
    <message>
        <source>Bỏ khóa và mở để sửa</source>
        <translation>Bỏ khóa và mở để sửa</translation>
    </message>
    <message>
        <source>Bỏ khóa?</source>
        <translation>Bỏ khóa?</translation>
    </message>
    <message>
        <source>Người kia có thể vẫn đang sửa tệp này. Nếu bỏ khóa, những gì họ gõ sau đó sẽ không được lưu vào tệp. Chỉ bỏ khóa khi chắc chắn không ai đang mở tệp. Vẫn bỏ khóa?</source>
        <translation>Người kia có thể vẫn đang sửa tệp này. Nếu bỏ khóa, những gì họ gõ sau đó sẽ không được lưu vào tệp. Chỉ bỏ khóa khi chắc chắn không ai đang mở tệp. Vẫn bỏ khóa?</translation>
    </message>
    <message>
        <source>Không mở được tệp</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>Cửa sổ papi-desktop kia của bạn trên máy này vẫn đang mở tệp. Nếu bỏ khóa, những gì gõ ở cửa sổ đó sau này sẽ không được lưu vào tệp. Nên chuyển sang cửa sổ đó thay vì bỏ khóa. Vẫn bỏ khóa?</source>
        <translation>Cửa sổ papi-desktop kia của bạn trên máy này vẫn đang mở tệp. Nếu bỏ khóa, những gì gõ ở cửa sổ đó sau này sẽ không được lưu vào tệp. Nên chuyển sang cửa sổ đó thay vì bỏ khóa. Vẫn bỏ khóa?</translation>
    </message>
</context>
</TS>
